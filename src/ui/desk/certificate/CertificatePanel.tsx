import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeskStatement } from '../../../desk/queries';
import { standingOf } from '../../../desk/queries';
import { statementFacts } from '../../../desk/statementStage';
import { duplicateReasonLabel, mayIssueDuplicate } from '../../../desk/issueDuplicate';
import { isInForce } from '../../../desk/statementStage';
import { IssueForm } from '../commission/IssueForm';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';
import { DuplicateForm } from './DuplicateForm';
import { RevokeForm } from './RevokeForm';
import { useNavigate } from '../../routing/BrowserLocation';

/**
 * The case's certificates: print, reprint as a duplicate (after a confirmation with the
 * reason), correct or revoke (commission and admin only; a registrar sees neither). A revoked
 * one says when and why, and its revocation shows its own sync state beside the
 * certificate's: "в регистре" for the certificate says nothing about a revocation still
 * waiting in the outbox.
 */
export function CertificatePanel({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState<string>();
  const [duplicating, setDuplicating] = useState<string>();
  if (statement.certificates.length === 0) return null;
  const facts = statementFacts(statement);

  return (
    <section className="card step" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('desk.certificates.title')}</h2>
      <ul className="plain-list certificate-list">
        {statement.certificates.map(({ record, sync }) => {
          const standing = standingOf(record, sync, statement.revocations);
          const revocation =
            standing.state === 'in-force' || standing.state === 'voided'
              ? undefined
              : standing.revocation;
          const inForce = isInForce(record, sync, statement.revocations);
          const mayDuplicate = mayIssueDuplicate(env, record, sync, statement.revocations);
          return (
            <li key={record.id} className="certificate-item">
              <p>
                <strong>
                  {t('desk.certificates.number', { number: record.number })}
                  {record.duplicateOf !== undefined &&
                    ` — ${
                      record.duplicateReason === undefined
                        ? t('desk.certificates.duplicate')
                        : t('desk.certificates.duplicateBecause', {
                            reason: env.pick(duplicateReasonLabel(record.duplicateReason)),
                          })
                    }`}
                </strong>{' '}
                {t(`desk.decision.${record.decision}`)} ·{' '}
                {formatDateTime(record.createdAt, env.utcOffsetMinutes)} ·{' '}
                <span
                  className={
                    revocation === undefined && standing.state !== 'voided'
                      ? undefined
                      : 'revoked-mark'
                  }
                >
                  {standing.state === 'voided'
                    ? t('desk.certificates.voided')
                    : revocation === undefined
                      ? t('desk.certificates.inForce')
                      : t('desk.certificates.revokedAs', {
                          date: formatDateTime(revocation.record.at, env.utcOffsetMinutes).slice(
                            0,
                            10,
                          ),
                          reason: [
                            t(`desk.certificateDoc.revocationReason.${revocation.record.reason}`),
                            revocation.record.reason === 'correction'
                              ? undefined
                              : revocation.record.note,
                          ]
                            .filter(Boolean)
                            .join(' — '),
                        })}
                </span>
              </p>
              <p className="record-syncs">
                <span data-testid="certificate-sync">
                  {t('desk.certificates.certificateSync')} <SyncBadge sync={sync} />
                </span>
                {revocation !== undefined && (
                  <span data-testid="revocation-sync">
                    {' '}
                    · {t('desk.certificates.revocationSync')} <SyncBadge sync={revocation.sync} />
                  </span>
                )}
              </p>
              <div className="actions">
                <Link className="button" to={`/desk/certificate/${record.id}`}>
                  {t('desk.certificates.open')}
                </Link>
                {mayDuplicate && (
                  <button
                    type="button"
                    aria-expanded={duplicating === record.id}
                    onClick={() => {
                      setDuplicating(duplicating === record.id ? undefined : record.id);
                    }}
                  >
                    {t('desk.certificates.reprint')}
                  </button>
                )}
                {inForce && env.may('certificate') && env.may('revocation') && (
                  <button
                    type="button"
                    onClick={() => {
                      setCorrecting(correcting === record.id ? undefined : record.id);
                    }}
                  >
                    {t('desk.certificates.correct')}
                  </button>
                )}
              </div>
              {mayDuplicate && duplicating === record.id && (
                <DuplicateForm
                  certificate={record}
                  onIssued={(duplicate) => {
                    navigate(`/desk/certificate/${duplicate.id}`);
                  }}
                  onCancel={() => {
                    setDuplicating(undefined);
                  }}
                />
              )}
              {inForce && env.may('revocation') && <RevokeForm certificate={record} />}
              {correcting === record.id && (
                <>
                  <p className="notice">{t('desk.certificates.correctHint')}</p>
                  <IssueForm statement={statement} facts={facts} ready supersedes={record} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
