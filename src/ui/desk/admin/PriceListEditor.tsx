import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { CheckField } from '../frame/CheckField';
import { SelectField } from '../frame/SelectField';
import { kitAnalyteLine } from '../lab/kitWords';
import type { KitRow, PriceRow } from './settingsDraft';
import { EMPTY_PRICE_ROW } from './settingsDraft';

type PriceListEditorProps = {
  readonly rows: readonly PriceRow[];
  /** The kits as edited below, so a kit added in this draft may be ticked at once. */
  readonly kits: readonly KitRow[];
  readonly onChange: (rows: PriceRow[]) => void;
  /** The message for "priceList.0.price" and the like, or for "priceList" as a whole. */
  readonly errorOf: (field: string) => string | undefined;
};

/**
 * The clinic's price list, one row per service, and for each test the kits it is performed
 * with (core/clinic/serviceKits.ts). Removing a service is safe: a contract keeps its own
 * copy of the service's name and price.
 */
export function PriceListEditor({ rows, kits, onChange, errorOf }: PriceListEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<PriceRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const listError = errorOf('priceList');
  return (
    <section aria-labelledby="price-list-title">
      <h2 id="price-list-title">{t('desk.settings.priceList')}</h2>
      {listError !== undefined && (
        <p className="field-error" id="price-list-error">
          {listError}
        </p>
      )}
      {rows.map((row, index) => {
        const field = (name: string) => `priceList.${String(index)}.${name}`;
        const id = (name: string) => `price-${String(index)}-${name}`;
        return (
          <fieldset className="subform" key={index} aria-label={row.code || String(index + 1)}>
            <div className="form-grid">
              <TextField
                id={id('code')}
                label={t('desk.settings.code')}
                value={row.code}
                error={errorOf(field('code'))}
                onChange={(code) => {
                  change(index, { code });
                }}
              />
              <TextField
                id={id('price')}
                label={t('desk.settings.priceRoubles')}
                inputMode="decimal"
                value={row.price}
                error={errorOf(field('price'))}
                onChange={(price) => {
                  change(index, { price });
                }}
              />
              <TextField
                id={id('name-ru')}
                label={t('desk.settings.serviceRu')}
                value={row.nameRu}
                error={errorOf(field('nameRu'))}
                onChange={(nameRu) => {
                  change(index, { nameRu });
                }}
              />
              <TextField
                id={id('name-en')}
                label={t('desk.settings.serviceEn')}
                value={row.nameEn}
                error={errorOf(field('nameEn'))}
                onChange={(nameEn) => {
                  change(index, { nameEn });
                }}
              />
              <SelectField
                id={id('kind')}
                label={t('desk.settings.priceKind')}
                value={row.kind}
                options={[
                  { value: 'antibody-test', label: t('desk.settings.priceKindAntibodyTest') },
                  { value: 'duplicate', label: t('desk.settings.priceKindDuplicate') },
                ]}
                onChange={(kind) => {
                  change(index, { kind: kind === 'duplicate' ? 'duplicate' : 'antibody-test' });
                }}
              />
            </div>
            {row.kind === 'antibody-test' && (
              <ServiceKits
                id={id('kits')}
                chosen={row.kitIds}
                kits={kits}
                error={errorOf(field('kitIds'))}
                onChange={(kitIds) => {
                  change(index, { kitIds });
                }}
              />
            )}
            <div className="actions">
              <button
                type="button"
                className="danger"
                aria-label={t('desk.settings.removeService', { code: row.code })}
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index));
                }}
              >
                {t('desk.settings.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            onChange([...rows, EMPTY_PRICE_ROW]);
          }}
        >
          {t('desk.settings.addService')}
        </button>
      </div>
    </section>
  );
}

type ServiceKitsProps = {
  readonly id: string;
  readonly chosen: readonly string[];
  readonly kits: readonly KitRow[];
  readonly error: string | undefined;
  readonly onChange: (kitIds: string[]) => void;
};

/** The kits in use, ticked when the service is performed with them. */
function ServiceKits({ id, chosen, kits, error, onChange }: ServiceKitsProps) {
  const { t } = useTranslation();
  const inUse = kits.filter((kit) => !kit.withdrawn);
  return (
    <fieldset
      className="field"
      aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}
    >
      <legend>{t('desk.settings.serviceKits')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {inUse.length === 0
          ? t('desk.settings.serviceKitsNone')
          : t('desk.settings.serviceKitsHint')}
      </p>
      {inUse.map((kit) => (
        <CheckField
          key={kit.id}
          id={`${id}-${kit.id}`}
          label={`${kit.form.name || '—'} (${kitAnalyteLine(t, kit.form)})`}
          checked={chosen.includes(kit.id)}
          onChange={(on) => {
            onChange(on ? [...chosen, kit.id] : chosen.filter((kitId) => kitId !== kit.id));
          }}
        />
      ))}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
