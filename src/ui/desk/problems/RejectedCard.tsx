import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { OP_REJECT_MESSAGES } from '../../../core/protocol/sync';
import { withPeopleDetail } from '../../../core/rules/peopleDetail';
import type { RejectedProblem } from '../../../desk/problems';
import {
  discardRefused,
  discardVoidsCard,
  PROBLEM_MESSAGES,
  retryRefused,
} from '../../../desk/problems';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { recordLink, recordTitle } from './recordTitle';
import { downloadFile } from '../../components/downloadFile';
import { FormError } from '../../components/FormError';
import { ReceiptCorrection } from './ReceiptCorrection';
import { refusedRecordFile } from './saveRecordFile';

/** A refused record, and what to say on the problems screen once something is done about it. */
export type RefusedRecordProps = {
  readonly problem: RejectedProblem;
  readonly onDone: (message: string) => void;
};

/**
 * A record the register refused: the reason in words, "Send again" when a fix elsewhere may
 * let it pass, "Correct the receipt" on a contract whose receipt is another contract's,
 * "Save to file", and for an administrator "Discard" — which first asks, and
 * offers the file again, since a discarded record cannot be brought back.
 */
export function RejectedCard({ problem, onDone }: RefusedRecordProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const shown = problem.record ?? problem.registerRecord;
  const link = recordLink(shown);
  const said =
    problem.reason === undefined
      ? t('desk.problems.unknownReason', { code: problem.reasonCode })
      : env.say(OP_REJECT_MESSAGES, problem.reason);
  const reason = withPeopleDetail(said, problem.reasonCode, problem.detail);

  function saveFile() {
    const file = refusedRecordFile(problem, env.now());
    downloadFile(file.name, file.text);
  }

  async function retry() {
    const done = await retryRefused(env, problem);
    if (done.ok) onDone(t('desk.problems.retried'));
    else setError(env.say(PROBLEM_MESSAGES, done.reason));
  }

  async function discard() {
    const done = await discardRefused(env, problem);
    if (done.ok) onDone(t(`desk.problems.outcome.${done.value.outcome}`));
    else setError(env.say(PROBLEM_MESSAGES, done.reason));
  }

  return (
    <li className="card problem" data-testid="rejected-problem">
      <h3>
        {t(`desk.recordKind.${problem.kind}`)}:{' '}
        {link === undefined ? (
          recordTitle(shown, problem.recordId)
        ) : (
          <Link to={link}>{recordTitle(shown, problem.recordId)}</Link>
        )}
      </h3>
      <dl className="facts">
        <div className="facts-row">
          <dt>{t('desk.problems.reason')}</dt>
          <dd data-testid="rejected-reason">{reason}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('desk.problems.queuedAt')}</dt>
          <dd>{formatDateTime(problem.queuedAt, env.utcOffsetMinutes)}</dd>
        </div>
      </dl>
      {problem.correctReceipt === undefined && (
        <p>
          {problem.mayPassAfterFix ? t('desk.problems.mayPass') : t('desk.problems.cannotPass')}
        </p>
      )}
      {problem.cardVoided && (
        <p data-testid="rejected-card-voided">{t('desk.problems.cardVoided')}</p>
      )}
      <FormError message={error} />
      <ReceiptCorrection problem={problem} onDone={onDone} />
      <div className="actions">
        {problem.mayPassAfterFix && (
          <button type="button" className="primary" onClick={() => void retry()}>
            {t('desk.problems.retry')}
          </button>
        )}
        <button type="button" onClick={saveFile}>
          {t('desk.problems.saveFile')}
        </button>
        {env.staff.role === 'admin' && !confirming && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('desk.problems.discard')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="subform" role="alertdialog" aria-labelledby={`discard-${problem.recordId}`}>
          <p id={`discard-${problem.recordId}`}>
            <strong>{t('desk.problems.discardConfirmTitle')}</strong>
          </p>
          <p>
            {problem.registerRecord === undefined
              ? t('desk.problems.discardConfirmRemoved')
              : t('desk.problems.discardConfirmReverted')}
          </p>
          {discardVoidsCard(problem) && <p>{t('desk.problems.discardConfirmCard')}</p>}
          <div className="actions">
            <button type="button" onClick={saveFile}>
              {t('desk.problems.saveFile')}
            </button>
            <button type="button" className="danger" onClick={() => void discard()}>
              {t('desk.problems.discardConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('desk.problems.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
