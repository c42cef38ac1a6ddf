import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinAuthorisationEntry } from '../../desk/pins';
import { listPinAuthorisations } from '../../desk/pins';
import { formatDeviceDateTime } from '../components/deviceTime';
import { useDatabase } from '../database/DatabaseContext';

/**
 * Who was admitted to this tablet with no network, by whom and when (the audit kept by
 * src/storage/pinAuthorisation.ts). Shown to anyone at the tablet settings: it names staff
 * and times, nothing about patients.
 */
export function PinAuthorisationsCard() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [entries, setEntries] = useState<readonly PinAuthorisationEntry[] | undefined>();
  useEffect(() => {
    let live = true;
    listPinAuthorisations(db).then(
      (found) => {
        if (live) setEntries(found);
      },
      (error: unknown) => {
        console.error('PIN authorisations unreadable', error);
        if (live) setEntries([]);
      },
    );
    return () => {
      live = false;
    };
  }, [db]);
  if (entries === undefined) return null;
  return (
    <section className="card" aria-labelledby="pin-authorisations-title">
      <h2 id="pin-authorisations-title">{t('tabletSettings.authorisations.title')}</h2>
      <p>{t('tabletSettings.authorisations.intro')}</p>
      {entries.length === 0 ? (
        <p data-testid="pin-authorisations-none">{t('tabletSettings.authorisations.none')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="pin-authorisations">
            <thead>
              <tr>
                <th scope="col">{t('tabletSettings.authorisations.when')}</th>
                <th scope="col">{t('tabletSettings.authorisations.who')}</th>
                <th scope="col">{t('tabletSettings.authorisations.by')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.authorisedAt}:${entry.staffId}`}>
                  <td>{formatDeviceDateTime(entry.authorisedAt)}</td>
                  <td>
                    {entry.displayName} · {t(`role.${entry.role}`)}
                  </td>
                  <td>
                    {entry.authorisedByName} · {t(`role.${entry.authorisedByRole}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
