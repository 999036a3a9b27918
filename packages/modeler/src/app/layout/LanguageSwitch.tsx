/**
 * Switches between German and English; the button names the other language in that language.
 */
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'de' : 'en';
  const label = other === 'en' ? 'English' : 'Deutsch';
  const hint = other === 'en' ? 'Switch to English' : 'Auf Deutsch umschalten';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={other}
      aria-label={hint}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {label}
    </button>
  );
}
