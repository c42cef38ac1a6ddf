import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitId } from '../../../core/ids';
import { KitForm } from './KitForm';
import { EMPTY_KIT_FORM } from './kitForm';
import type { KitRow } from './settingsDraft';
import { kitAnalyteLine, kitThresholdLine } from '../lab/kitWords';

type KitListEditorProps = {
  readonly rows: readonly KitRow[];
  /** A fresh id for a kit added here (time and randomness come from the screen). */
  readonly newKitId: () => KitId;
  readonly onChange: (rows: KitRow[]) => void;
  /** The message for "kits.1.threshold" and the like, or for "kits" as a whole. */
  readonly errorOf: (field: string) => string | undefined;
};

/**
 * The clinic's test kits. A kit the register already has is withdrawn, never removed:
 * samples and results name it by id. A kit added here and not yet saved may be removed.
 */
export function KitListEditor({ rows, newKitId, onChange, errorOf }: KitListEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const change = (id: string, patch: Partial<KitRow>) => {
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  };
  const listError = errorOf('kits');
  const hasError = (index: number) =>
    ['name', 'manufacturer', 'registrationNumber', 'unit', 'threshold', 'greyZone', 'id'].some(
      (field) => errorOf(`kits.${String(index)}.${field}`) !== undefined,
    );
  const openRow = rows.find((row) => row.id === open);
  const openIndex = rows.findIndex((row) => row.id === open);
  return (
    <section aria-labelledby="kits-title">
      <h2 id="kits-title">{t('desk.settings.kits')}</h2>
      {listError !== undefined && <p className="field-error">{listError}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.settings.kitName')}</th>
              <th scope="col">{t('desk.settings.kitTest')}</th>
              <th scope="col">{t('desk.settings.threshold')}</th>
              <th scope="col">{t('desk.settings.state')}</th>
              <th scope="col">{t('desk.settings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} aria-invalid={hasError(index) || undefined}>
                <td>
                  {row.form.name || '—'}
                  {hasError(index) && <span className="field-error"> ⚠</span>}
                </td>
                <td>{kitAnalyteLine(t, row.form)}</td>
                <td>
                  {row.form.kind === 'quantitative' && row.form.threshold !== ''
                    ? kitThresholdLine(t, row.form.threshold.replace('.', ','), row.form.unit)
                    : '—'}
                </td>
                <td>
                  {row.withdrawn ? t('desk.settings.withdrawn') : t('desk.settings.inUse')}
                  {!row.saved && ` · ${t('desk.settings.notSaved')}`}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    onClick={() => {
                      setOpen(row.id);
                    }}
                  >
                    {t('desk.settings.editKit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      change(row.id, { withdrawn: !row.withdrawn });
                    }}
                  >
                    {row.withdrawn ? t('desk.settings.returnKit') : t('desk.settings.withdrawKit')}
                  </button>
                  {!row.saved && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        onChange(rows.filter((r) => r.id !== row.id));
                        if (open === row.id) setOpen(null);
                      }}
                    >
                      {t('desk.settings.removeKit')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {openRow !== undefined && (
        <KitForm
          idPrefix="kit"
          title={
            openRow.form.name === ''
              ? t('desk.settings.newKit')
              : t('desk.settings.editingKit', { name: openRow.form.name })
          }
          value={openRow.form}
          onChange={(form) => {
            change(openRow.id, { form });
          }}
          errorOf={(field) => errorOf(`kits.${String(openIndex)}.${field}`)}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            const id = newKitId();
            onChange([
              ...rows,
              { id, saved: false, withdrawn: false, extras: {}, form: EMPTY_KIT_FORM },
            ]);
            setOpen(id);
          }}
        >
          {t('desk.settings.addKit')}
        </button>
      </div>
    </section>
  );
}
