import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { ReceiptField } from '../../../core/contract/fiscalReceipt';
import { RECEIPT_OPERATION_LABELS, RECEIPT_OPERATIONS } from '../../../core/contract/fiscalReceipt';
import { RECEIPT_FIELD_NAMES } from '../../../core/contract/fiscalReceiptMessages';
import { TextField } from '../../components/TextField';
import { useDesk } from '../frame/DeskEnvironment';
import { SelectField } from '../frame/SelectField';
import type { ReceiptForm } from './receiptForm';
import { readScannedReceipt } from './receiptForm';
import { ReceiptScanner } from './ReceiptScanner';
import './receipt.css';

type ReceiptFieldsProps = {
  /** Prefix of the inputs' ids: "payment-receipt" gives "payment-receipt-s", … */
  readonly id: string;
  readonly legend: string;
  readonly value: ReceiptForm;
  /** Each field's problem, shown once the cashier has tried to save. */
  readonly errors: Partial<Record<ReceiptField, Bilingual>>;
  readonly onChange: (next: ReceiptForm) => void;
};

/**
 * The cash register's receipt: scanned from its QR code with the verifier's camera scanner
 * (loaded when asked for, ReceiptScanner.tsx), which fills the fields below, or typed into
 * them from the paper.
 */
export function ReceiptFields({ id, legend, value, errors, onChange }: ReceiptFieldsProps) {
  const { t } = useTranslation();
  const { language } = useDesk();
  const [scanning, setScanning] = useState(false);
  const [scan, setScan] = useState<{ ok: boolean; message: string }>();
  const label = (field: ReceiptField) => RECEIPT_FIELD_NAMES[field][language];
  const errorOf = (field: ReceiptField) => errors[field]?.[language];
  const text = (field: Exclude<ReceiptField, 't' | 'n'>, inputMode: 'numeric' | 'decimal') => (
    <TextField
      id={`${id}-${field}`}
      label={label(field)}
      value={value[field]}
      inputMode={inputMode}
      autoComplete="off"
      error={errorOf(field)}
      onChange={(next) => {
        onChange({ ...value, [field]: next });
      }}
    />
  );

  function onCode(code: string) {
    const read = readScannedReceipt(code);
    if (!read.ok) {
      setScan({ ok: false, message: read.message[language] });
      return;
    }
    onChange(read.form);
    setScanning(false);
    setScan({ ok: true, message: t('desk.receipt.scanned') });
  }

  return (
    <fieldset className="receipt-fields" data-testid={id}>
      <legend>{legend}</legend>
      <p className="field-hint">{t('desk.receipt.hint')}</p>
      <div className="actions">
        <button
          type="button"
          aria-pressed={scanning}
          onClick={() => {
            setScan(undefined);
            setScanning(!scanning);
          }}
        >
          {scanning ? t('desk.receipt.stopScan') : t('desk.receipt.scan')}
        </button>
      </div>
      {scanning && (
        <div className="receipt-scanner">
          <ReceiptScanner onCode={onCode} />
        </div>
      )}
      {scan !== undefined && (
        <p
          role={scan.ok ? 'status' : 'alert'}
          className={scan.ok ? 'field-hint' : 'field-error'}
          data-testid={`${id}-scan`}
        >
          {scan.message}
        </p>
      )}
      <div className="form-grid">
        <TextField
          id={`${id}-t`}
          type="datetime-local"
          label={label('t')}
          value={value.t}
          error={errorOf('t')}
          onChange={(t) => {
            onChange({ ...value, t });
          }}
        />
        {text('s', 'decimal')}
        {text('fn', 'numeric')}
        {text('i', 'numeric')}
        {text('fp', 'numeric')}
        <SelectField
          id={`${id}-n`}
          label={label('n')}
          value={value.n}
          options={RECEIPT_OPERATIONS.map((operation, index) => ({
            value: String(index + 1),
            label: `${index + 1} — ${RECEIPT_OPERATION_LABELS[operation][language]}`,
          }))}
          error={errorOf('n')}
          onChange={(n) => {
            onChange({ ...value, n });
          }}
        />
      </div>
    </fieldset>
  );
}
