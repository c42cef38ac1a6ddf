import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMISSION_RULE_MESSAGES,
  COMMISSION_RULE_REASONS,
} from '../../../core/commission/participants';
import type { CommissionRuleReason } from '../../../core/commission/participants';
import { presenceRefusalWords } from '../../../core/commission/presenceRule';
import { calendarDateAt } from '../../../core/records/calendarDate';
import type { CertificateRecord } from '../../../core/records/certificate';
import { loadCommission } from '../../../desk/commission';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { issueCertificate, kitOf } from '../../../desk/issueCertificate';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { CheckField } from '../frame/CheckField';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDate } from '../frame/format';
import { useLiveQuery } from '../frame/useLiveQuery';
import type { IssueDraft, IssueFieldProblem } from './issueDraft';
import { EMPTY_ISSUE_DRAFT, issueDraftSchema, sittingOf, ticked } from './issueDraft';
import { useNavigate } from '../../routing/BrowserLocation';

type IssueFormProps = {
  readonly statement: DeskStatement;
  readonly facts: StatementFacts;
  readonly ready: boolean;
  /** The certificate this one corrects; absent for a first issue. */
  readonly supersedes?: CertificateRecord;
};

const RULE_REASONS: ReadonlySet<string> = new Set(COMMISSION_RULE_REASONS);

function isRuleReason(reason: string): reason is CommissionRuleReason {
  return RULE_REASONS.has(reason);
}

/**
 * The commission's sitting — protocol number and date, who of the clinic's commission took
 * part (the chair and the signed-in member ticked to begin with) — and the issue button,
 * enabled only when all items pass. Everything typed is a draft that survives a reload.
 */
export function IssueForm({ statement, facts, ready, supersedes }: IssueFormProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const today = calendarDateAt(env.now(), env.utcOffsetMinutes);
  // Most protocols are of the day the certificate is issued: offered, and editable.
  const draft = useDraft<IssueDraft>(
    `desk:issue:${statement.application.record.id}:${supersedes?.id ?? 'first'}`,
    issueDraftSchema,
    { ...EMPTY_ISSUE_DRAFT, date: formatDate(today) },
  );
  const commission = useLiveQuery(() => loadCommission(env), [env.db, env.clinic]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const settings = env.clinic.settings.commission;
  const idPrefix = supersedes === undefined ? 'issue' : `correct-${supersedes.id}`;

  if (settings === undefined) {
    return (
      <p className="notice" role="alert" id={`${idPrefix}-no-commission`}>
        {env.say(COMMISSION_RULE_MESSAGES, 'commission-not-configured')}
      </p>
    );
  }
  if (!commission.loaded || commission.value === undefined) return null;
  const desk = commission.value;
  const form = draft.value;
  const set = (patch: Partial<IssueDraft>) => {
    draft.update({ ...form, ...patch });
  };
  const chosen = ticked(form, settings, env.staff.id);
  const checked = sittingOf(form, desk, settings, env.staff.id, today);
  const problemOf = (field: IssueFieldProblem['field']): string | undefined => {
    if (!submitted || checked.ok) return undefined;
    const found = checked.problems.find((p) => p.field === field);
    if (found === undefined) return undefined;
    switch (found.reason) {
      case 'protocol-missing':
        return t('desk.commission.protocolMissing');
      case 'protocol-too-long':
        return t('desk.commission.protocolTooLong');
      case 'date-format':
        return t('desk.commission.protocolDateFormat');
      case 'name-unknown':
        return t('desk.commission.participantNameUnknown');
      default:
        return env.say(COMMISSION_RULE_MESSAGES, found.reason);
    }
  };

  async function issue() {
    setSubmitted(true);
    setProblem(undefined);
    if (!checked.ok || !ready) return;
    setBusy(true);
    try {
      const issued = await issueCertificate(env, statement, facts, checked.value, supersedes);
      if (!issued.ok) {
        const kit = kitOf(env, facts);
        const { reason } = issued;
        setProblem(
          reason === 'presence-class-not-admitted' && kit !== undefined
            ? env.pick(presenceRefusalWords(kit, env.admissionPolicy))
            : isRuleReason(reason)
              ? env.say(COMMISSION_RULE_MESSAGES, reason)
              : t(`desk.issueProblem.${reason}`, { detail: issued.detail ?? '' }),
        );
        return;
      }
      await draft.discard();
      navigate(`/desk/certificate/${issued.value.id}`);
    } finally {
      setBusy(false);
    }
  }

  const participantsError = problemOf('participants');
  return (
    <form
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void issue();
      }}
    >
      <div className="form-grid">
        <TextField
          id={supersedes === undefined ? 'issue-protocol' : `correct-protocol-${supersedes.id}`}
          label={t('desk.commission.protocol')}
          value={form.protocol}
          maxLength={40}
          error={problemOf('protocol')}
          onChange={(protocol) => {
            set({ protocol });
          }}
        />
        <TextField
          id={`${idPrefix}-protocol-date`}
          label={t('desk.commission.protocolDate')}
          value={form.date}
          placeholder={t('desk.datePlaceholder')}
          inputMode="numeric"
          error={problemOf('date')}
          onChange={(date) => {
            set({ date });
          }}
        />
      </div>
      <fieldset
        className="field"
        aria-describedby={`${idPrefix}-participants-hint${
          participantsError === undefined ? '' : ` ${idPrefix}-participants-error`
        }`}
      >
        <legend>{t('desk.commission.participants')}</legend>
        <p id={`${idPrefix}-participants-hint`} className="field-hint">
          {t('desk.commission.participantsHint', {
            number: desk.order.orderNumber,
            date: formatDate(desk.order.orderDate),
          })}
        </p>
        {desk.members.map((member) => {
          const name = member.name ?? t('desk.commission.nameUnknown', { id: member.id });
          return (
            <CheckField
              key={member.id}
              id={`${idPrefix}-member-${member.id}`}
              label={member.role === 'chair' ? t('desk.commission.chair', { name }) : name}
              checked={chosen.has(member.id)}
              onChange={(on) => {
                const next = new Set(chosen);
                if (on) next.add(member.id);
                else next.delete(member.id);
                set({ participants: [...next] });
              }}
            />
          );
        })}
        {participantsError !== undefined && (
          <p id={`${idPrefix}-participants-error`} className="field-error">
            {participantsError}
          </p>
        )}
      </fieldset>
      {!ready && <p className="notice">{t('desk.commission.notReady')}</p>}
      <FormError message={problem} />
      <button type="submit" className="primary" disabled={!ready || busy || !draft.loaded}>
        {busy
          ? t('desk.commission.signing')
          : supersedes === undefined
            ? t('desk.commission.issue')
            : t('desk.commission.issueCorrection')}
      </button>
    </form>
  );
}
