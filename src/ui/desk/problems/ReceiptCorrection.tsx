import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import type { ReceiptField } from '../../../core/contract/fiscalReceipt';
import { mayWrite } from '../../../core/records/permissions';
import { correctRefusedReceipt, PROBLEM_MESSAGES } from '../../../desk/problems';
import { sayRefusal } from '../../../desk/writeFailure';
import { useDraft } from '../../database/useDraft';
import { ReceiptFields } from '../contract/ReceiptFields';
import {
  checkReceiptForm,
  emptyReceiptForm,
  receiptFormOf,
  receiptFormSchema,
} from '../contract/receiptForm';
import { useDesk } from '../frame/DeskEnvironment';
import type { RefusedRecordProps } from './RejectedCard';
import { FormError } from '../../components/FormError';

/**
 * On a contract the register refused because its receipt is on another contract: the cashier
 * scans or types the right receipt (the refused one is filled in, as a typo is the likely
 * cause), and the contract is queued again with it. Kept as a draft until sent.
 */
export function ReceiptCorrection({ problem, onDone }: RefusedRecordProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const contract = problem.record?.kind === 'contract' ? problem.record : undefined;
  const which = problem.correctReceipt;
  const refused = which === undefined ? undefined : contract?.[which];
  const purpose = which === 'refundReceipt' ? 'refund' : 'payment';
  const draft = useDraft(
    `desk:receipt-correction:${problem.recordId}`,
    receiptFormSchema,
    refused === undefined
      ? emptyReceiptForm(purpose, env.now(), env.utcOffsetMinutes)
      : receiptFormOf(refused),
  );
  const [open, setOpen] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  if (contract === undefined || which === undefined || !mayWrite(env.staff.role, 'contract')) {
    return null;
  }
  if (!open) {
    return (
      <button
        type="button"
        className="primary"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('desk.problems.correctReceipt')}
      </button>
    );
  }

  const checked = checkReceiptForm(draft.value, {
    priceKopecks: contract.priceKopecks,
    purpose,
    now: env.now(),
    utcOffsetMinutes: env.utcOffsetMinutes,
  });
  const errors: Partial<Record<ReceiptField, Bilingual>> =
    submitted && !checked.ok ? checked.errors : {};

  async function send() {
    setSubmitted(true);
    setError(undefined);
    if (!checked.ok) return;
    const written = await correctRefusedReceipt(env, problem, checked.value);
    if (written.ok) {
      await draft.discard();
      const resent = written.value.certificatesResent;
      onDone(
        resent === 0
          ? t('desk.problems.receiptCorrected')
          : t('desk.problems.receiptCorrectedWithCertificates', { count: resent }),
      );
    } else {
      // «Этот кассовый чек … — ФН …, ФД 502; № …» when the right one is on a contract too.
      setError(sayRefusal(env, PROBLEM_MESSAGES, written));
    }
  }

  return (
    <div className="subform" data-testid="receipt-correction">
      <p>{t('desk.problems.correctReceiptIntro')}</p>
      <ReceiptFields
        id={`correct-receipt-${problem.recordId}`}
        legend={
          which === 'receipt' ? t('desk.receipt.paymentLegend') : t('desk.receipt.refundLegend')
        }
        value={draft.value}
        errors={errors}
        onChange={(next) => {
          draft.update(next);
        }}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void send()}>
          {t('desk.problems.sendCorrectedReceipt')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setSubmitted(false);
          }}
        >
          {t('desk.problems.cancel')}
        </button>
      </div>
    </div>
  );
}
