/** The changes of a comparison as a table: kind, element, type, attribute details. */
import { useId } from 'react';
import { useModelerTranslation } from '../i18n';
import type { Change } from './describeChanges';

export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const { t, term } = useModelerTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="conformance-changes">
      <h3 id={headingId}>{t('conformance.changes', { count: changes.length })}</h3>
      {changes.length === 0 ? (
        <p>{t('conformance.noChanges')}</p>
      ) : (
        <table className="modeler-table">
          <thead>
            <tr>
              <th scope="col">{t('conformance.kind')}</th>
              <th scope="col">{t('conformance.element')}</th>
              <th scope="col">{t('conformance.elementType')}</th>
              <th scope="col">{t('conformance.details')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id} className={`conformance-change--${change.kind}`} data-change-id={change.id}>
                <td>
                  <span className={`conformance-swatch diff-swatch-${change.kind}`} aria-hidden="true" />
                  {t(`conformance.${change.kind}`)}
                </td>
                <td>{change.name || change.id}</td>
                <td>{term('types', change.type) ?? change.type}</td>
                <td>
                  {change.attributes.length > 0 && (
                    <ul className="conformance-attributes">
                      {change.attributes.map((attribute) => (
                        <li key={attribute.attribute}>
                          {t('conformance.attrChange', {
                            attr: attribute.attribute,
                            from: attribute.from,
                            to: attribute.to,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
