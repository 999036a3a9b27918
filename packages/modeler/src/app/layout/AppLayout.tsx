/**
 * The frame of every signed-in page: a skip link, the header and the main region. After a
 * navigation to another page, focus moves to the new page's heading so screen readers start there.
 */
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../features/auth/hooks/useAccount';
import { Header } from './Header';

export function AppLayout() {
  const { t } = useTranslation();
  const account = useAccount();
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    // Start at the main region; once the page's heading appears (after loading), move on to it,
    // unless the user has moved the focus meanwhile.
    main.focus();
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Header account={account} />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
