import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Bilingual } from '../../../core/bilingual';
import type { ReceiptField } from '../../../core/contract/fiscalReceipt';
import type { ContractRecord } from '../../../core/records/contract';
import { cancelContract } from '../../../desk/contract';
import { sayWriteFailure } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';
import { ReceiptFields } from './ReceiptFields';
import { checkReceiptForm, emptyReceiptForm, receiptFormSchema } from './receiptForm';

const cancelFormSchema = z.object({ reason: z.string(), receipt: receiptFormSchema });

/**
 * Refund of a paid contract — with the cash register's «Возврат прихода» receipt (n=2) for the
 * price, scanned or typed — or cancellation of an unpaid one; the reason is required.
 */
export function CancelForm({ contract }: { readonly contract: ContractRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const draft = useDraft(`desk:cancel:${contract.id}`, cancelFormSchema, {
    reason: '',
    receipt: emptyReceiptForm('refund', env.now(), env.utcOffsetMinutes),
  });
  const [open, setOpen] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const refund = contract.status === 'paid';
  const form = draft.value;
  const reason = form.reason.trim();
  if (!open && reason === '') {
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {refund ? t('desk.contract.refund') : t('desk.contract.cancel')}
      </button>
    );
  }

  const checkedReceipt = refund
    ? checkReceiptForm(form.receipt, {
        priceKopecks: contract.priceKopecks,
        purpose: 'refund',
        now: env.now(),
        utcOffsetMinutes: env.utcOffsetMinutes,
      })
    : undefined;
  const receiptErrors: Partial<Record<ReceiptField, Bilingual>> =
    submitted && checkedReceipt?.ok === false ? checkedReceipt.errors : {};

  async function confirm() {
    setSubmitted(true);
    setError(undefined);
    if (reason === '' || checkedReceipt?.ok === false) return;
    const written = await cancelContract(env, contract, reason, checkedReceipt?.value.receipt);
    if (written.ok) await draft.discard();
    else setError(sayWriteFailure(env, written));
  }

  return (
    <div className="subform">
      {refund && (
        <ReceiptFields
          id="refund-receipt"
          legend={t('desk.receipt.refundLegend')}
          value={form.receipt}
          errors={receiptErrors}
          onChange={(receipt) => {
            draft.update({ ...form, receipt });
          }}
        />
      )}
      <TextField
        id={`cancel-reason-${contract.id}`}
        label={refund ? t('desk.contract.refundReason') : t('desk.contract.cancelReason')}
        value={form.reason}
        maxLength={500}
        error={submitted && reason === '' ? t('desk.contract.reasonMissing') : undefined}
        onChange={(next) => {
          draft.update({ ...form, reason: next });
        }}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="button" className="danger" onClick={() => void confirm()}>
          {refund ? t('desk.contract.confirmRefund') : t('desk.contract.confirmCancel')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setSubmitted(false);
            void draft.discard().then(() => {
              draft.update({
                reason: '',
                receipt: emptyReceiptForm('refund', env.now(), env.utcOffsetMinutes),
              });
            });
          }}
        >
          {t('desk.contract.keep')}
        </button>
      </div>
    </div>
  );
}
