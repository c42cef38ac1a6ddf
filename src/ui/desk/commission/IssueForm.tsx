import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { presenceRefusalWords } from '../../../core/commission/presenceRule';
import type { CertificateRecord } from '../../../core/records/certificate';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { issueCertificate, kitOf } from '../../../desk/issueCertificate';
import { TextField } from '../../components/TextField';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';

// Module-level: useDraft reloads whenever its schema's identity changes.
const protocolSchema = z.string();

type IssueFormProps = {
  readonly statement: DeskStatement;
  readonly facts: StatementFacts;
  readonly ready: boolean;
  /** The certificate this one corrects; absent for a first issue. */
  readonly supersedes?: CertificateRecord;
};

/** The commission's protocol number and the issue button, enabled only when all items pass. */
export function IssueForm({ statement, facts, ready, supersedes }: IssueFormProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const draft = useDraft(
    `desk:issue:${statement.application.record.id}:${supersedes?.id ?? 'first'}`,
    protocolSchema,
    '',
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const protocol = draft.value.trim();
  const protocolError =
    protocol === ''
      ? t('desk.commission.protocolMissing')
      : protocol.length > 40
        ? t('desk.commission.protocolTooLong')
        : undefined;

  async function issue() {
    setSubmitted(true);
    setProblem(undefined);
    if (protocolError !== undefined || !ready) return;
    setBusy(true);
    try {
      const issued = await issueCertificate(env, statement, facts, protocol, supersedes);
      if (!issued.ok) {
        const kit = kitOf(env, facts);
        setProblem(
          issued.reason === 'presence-class-not-admitted' && kit !== undefined
            ? env.pick(presenceRefusalWords(kit, env.admissionPolicy))
            : t(`desk.issueProblem.${issued.reason}`, { detail: issued.detail ?? '' }),
        );
        return;
      }
      await draft.discard();
      void navigate(`/desk/certificate/${issued.value.id}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void issue();
      }}
    >
      <TextField
        id={supersedes === undefined ? 'issue-protocol' : `correct-protocol-${supersedes.id}`}
        label={t('desk.commission.protocol')}
        value={draft.value}
        maxLength={40}
        error={submitted ? protocolError : undefined}
        onChange={draft.update}
      />
      {!ready && <p className="notice">{t('desk.commission.notReady')}</p>}
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy
          ? t('desk.commission.signing')
          : supersedes === undefined
            ? t('desk.commission.issue')
            : t('desk.commission.issueCorrection')}
      </button>
    </form>
  );
}
