import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateRecord } from '../../../core/records/certificate';
import type { DuplicateCause, DuplicateProblem } from '../../../desk/issueDuplicate';
import {
  DUPLICATE_CAUSE_TEXT,
  DUPLICATE_CAUSES,
  ISSUE_DUPLICATE_MESSAGES,
  issueDuplicate,
} from '../../../desk/issueDuplicate';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { ChoiceField } from '../frame/ChoiceField';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';

type DuplicateFormProps = {
  readonly certificate: CertificateRecord;
  readonly onIssued: (duplicate: CertificateRecord) => void;
  readonly onCancel: () => void;
};

/**
 * Reprinting a certificate: names the certificate duplicated, says its QR stays the same,
 * and asks why (lost, damaged, or typed) before anything is written — a duplicate is a
 * second paper of a signed card, and the register keeps who printed it and why.
 */
export function DuplicateForm({ certificate, onIssued, onCancel }: DuplicateFormProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const [cause, setCause] = useState<DuplicateCause | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<DuplicateProblem>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const id = `duplicate-${certificate.id}`;
  const problemText =
    problem === undefined ? undefined : env.say(ISSUE_DUPLICATE_MESSAGES, problem);

  async function confirm() {
    setError(undefined);
    setBusy(true);
    const written = await issueDuplicate(env, certificate, { cause, note });
    if (written.ok) {
      onIssued(written.value);
      return;
    }
    setBusy(false);
    const reason = written.reason;
    if (reason === 'reason-missing' || reason === 'reason-too-long') setProblem(reason);
    else setError(env.say(ISSUE_DUPLICATE_MESSAGES, reason));
  }

  return (
    <div
      className="subform"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="duplicate-form"
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('desk.duplicateForm.title', { number: certificate.number })}
      </h3>
      <p>
        {t('desk.duplicateForm.original', {
          date: formatDateTime(certificate.issuedAt, env.utcOffsetMinutes).slice(0, 10),
          decision: t(`desk.decision.${certificate.decision}`),
        })}
      </p>
      <p className="notice">{t('desk.duplicateForm.sameQr')}</p>
      <ChoiceField<DuplicateCause>
        name={`${id}-cause`}
        legend={t('desk.duplicateForm.reason')}
        value={cause}
        options={DUPLICATE_CAUSES.map((value) => ({
          value,
          label:
            value === 'other'
              ? t('desk.duplicateForm.other')
              : env.pick(DUPLICATE_CAUSE_TEXT[value]),
        }))}
        error={cause === 'other' ? undefined : problemText}
        onChange={(next) => {
          setProblem(undefined);
          setCause(next);
        }}
      />
      {cause === 'other' && (
        <TextField
          id={`${id}-note`}
          label={t('desk.duplicateForm.note')}
          value={note}
          maxLength={500}
          error={problemText}
          onChange={(next) => {
            setProblem(undefined);
            setNote(next);
          }}
        />
      )}
      <FormError message={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
          {t('desk.duplicateForm.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('desk.duplicateForm.cancel')}
        </button>
      </div>
    </div>
  );
}
