import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTabletExport, exportFileName, saveExportReceipt } from '../../desk/tabletData';
import { downloadFile } from '../components/downloadFile';
import { FormError } from '../components/FormError';
import { useDatabase } from '../database/DatabaseContext';

type Saved = { readonly file: string; readonly records: number; readonly ops: number };

/** "Save unsynced work to a file": the export, then the receipt the erase rule reads. */
export function ExportButton() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const now = new Date();
      const exported = await buildTabletExport(db, () => now);
      const file = exportFileName(exported, now);
      downloadFile(file, JSON.stringify(exported, null, 2));
      await saveExportReceipt(db, exported);
      setSaved({ file, records: exported.records.length, ops: exported.outbox.length });
    } catch (error) {
      setFailure(String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void save()}>
        {t('tabletSettings.export.save')}
      </button>
      {saved !== null && (
        <p role="status" data-testid="export-saved">
          {t('tabletSettings.export.saved', saved)}
        </p>
      )}
      {failure !== null && (
        <FormError message={t('tabletSettings.export.failed', { detail: failure })} />
      )}
    </>
  );
}
