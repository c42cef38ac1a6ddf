import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabletIdentity } from '../../desk/tablet';
import type { EraseReadiness, EraseRefusal } from '../../desk/tabletData';
import { ERASE_REFUSAL_MESSAGES, eraseTabletData } from '../../desk/tabletData';
import { TextField } from '../components/TextField';
import { clearSession } from '../session/sessionStore';
import { useDatabase } from '../database/DatabaseContext';
import { useSync } from '../sync/SyncProvider';
import { ExportButton } from './ExportButton';
import { useLocale } from '../i18n/useLocale';
import { formatDeviceDateTime } from '../components/deviceTime';
import { FormError } from '../components/FormError';

/**
 * Saving unsynced work to a file, and erasing the tablet. Erasing is offered only when
 * nothing unsynced would be lost (all of it reached the register, or the last file holds all
 * of it) and asks for the tablet code; the storage layer checks the same rule again at the
 * moment of erasing, so nothing is erased silently.
 */
export function EraseCard({
  identity,
  readiness,
}: {
  readonly identity: TabletIdentity;
  readonly readiness: EraseReadiness;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { pauseSync } = useSync();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<EraseRefusal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const { language } = useLocale();
  const { counts, hasUnsynced, receipt, exportCovers } = readiness;
  const total = counts.waiting + counts.rejected + counts.conflicts;
  const mayErase = !hasUnsynced || exportCovers;

  const erase = async (event: SyntheticEvent) => {
    event.preventDefault();
    setRefusal(null);
    setFailure(null);
    if (code.trim() === '') {
      setCodeError(t('tabletSettings.erase.codeRequired'));
      return;
    }
    setCodeError(undefined);
    setErasing(true);
    // Syncing stops first: a sync transaction still open when the database is deleted holds
    // the delete back; on a refusal it resumes.
    const resume = await pauseSync();
    try {
      const erased = await eraseTabletData(db, code);
      if (!erased.ok) {
        resume();
        setErasing(false);
        if (erased.reason === 'code-mismatch') {
          setCodeError(ERASE_REFUSAL_MESSAGES[erased.reason][language]);
        } else {
          setRefusal(erased.reason);
        }
        return;
      }
    } catch (error) {
      resume();
      setErasing(false);
      setFailure(String(error));
      return;
    }
    clearSession(localStorage);
    window.location.replace('/');
  };

  return (
    <>
      <section className="card" aria-labelledby="tablet-export-title">
        <h2 id="tablet-export-title">{t('tabletSettings.export.title')}</h2>
        <p>{t('tabletSettings.export.intro')}</p>
        <ExportButton />
        {receipt !== undefined && (
          <p className="field-hint">
            {t('tabletSettings.export.lastExport', {
              time: formatDeviceDateTime(receipt.exportedAt),
            })}
          </p>
        )}
      </section>
      <section className="card erase" aria-labelledby="tablet-erase-title">
        <h2 id="tablet-erase-title">{t('tabletSettings.erase.title')}</h2>
        <p>{t('tabletSettings.erase.intro')}</p>
        {!mayErase && (
          <FormError
            message={
              receipt === undefined
                ? t('tabletSettings.erase.refused', { total, ...counts })
                : t('tabletSettings.erase.outdated', { total })
            }
            testId="erase-refused"
          />
        )}
        {mayErase && (
          <form noValidate onSubmit={(event) => void erase(event)}>
            <p role="status" data-testid="erase-allowed">
              {hasUnsynced
                ? t('tabletSettings.erase.covered', { total })
                : t('tabletSettings.erase.nothingUnsynced')}
            </p>
            <TextField
              id="erase-code"
              label={t('tabletSettings.erase.confirm', { code: identity.code })}
              value={code}
              onChange={setCode}
              error={codeError}
              autoComplete="off"
              autoCapitalize="characters"
            />
            {refusal !== null && <FormError message={ERASE_REFUSAL_MESSAGES[refusal][language]} />}
            {failure !== null && (
              <FormError message={t('tabletSettings.erase.failed', { detail: failure })} />
            )}
            <button type="submit" className="danger" disabled={erasing}>
              {erasing ? t('tabletSettings.erase.erasing') : t('tabletSettings.erase.submit')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
