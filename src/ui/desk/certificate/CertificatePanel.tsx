import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CertificateRecord } from '../../../core/records/certificate';
import { checkWrite } from '../../../core/records/permissions';
import type { DeskCase } from '../../../storage/deskQueries';
import { WRITE_MESSAGES, writeRecord } from '../../../storage/records';
import { caseFacts } from '../application/caseStage';
import { IssueForm } from '../commission/IssueForm';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';
import { duplicateOf } from './duplicate';
import { RevokeForm } from './RevokeForm';

/**
 * The case's certificates: print, reprint as a duplicate, correct or revoke (commission and
 * admin only; a registrar sees neither). A revoked one says when and why.
 */
export function CertificatePanel({ deskCase }: { readonly deskCase: DeskCase }) {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState<string>();
  const [error, setError] = useState<string>();
  if (deskCase.certificates.length === 0) return null;
  const facts = caseFacts(deskCase);
  const revocationOf = (c: CertificateRecord) =>
    deskCase.revocations.find((r) => r.record.certificateId === (c.duplicateOf ?? c.id))?.record;

  async function reprint(original: CertificateRecord) {
    setError(undefined);
    const copy = duplicateOf(original, env);
    const written = await writeRecord(env.db, copy, env.write);
    if (written.ok) void navigate(`/desk/certificate/${copy.id}`);
    else setError(env.say(WRITE_MESSAGES, written.reason));
  }

  return (
    <section className="card step" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('desk.certificates.title')}</h2>
      <ul className="plain-list certificate-list">
        {deskCase.certificates.map(({ record, sync }) => {
          const revocation = revocationOf(record);
          const inForce = revocation === undefined && record.duplicateOf === undefined;
          const mayDuplicate = inForce && checkWrite(env.staff.role, duplicateOf(record, env)).ok;
          return (
            <li key={record.id} className="certificate-item">
              <p>
                <strong>
                  {t('desk.certificates.number', { number: record.number })}
                  {record.duplicateOf !== undefined && ` — ${t('desk.certificates.duplicate')}`}
                </strong>{' '}
                {t(`desk.decision.${record.decision}`)} ·{' '}
                {formatDateTime(record.createdAt, env.utcOffsetMinutes)} ·{' '}
                <span className={revocation === undefined ? undefined : 'revoked-mark'}>
                  {revocation === undefined
                    ? t('desk.certificates.inForce')
                    : t('desk.certificates.revokedAs', {
                        date: formatDateTime(revocation.at, env.utcOffsetMinutes).slice(0, 10),
                        reason: [
                          t(`desk.certificateDoc.revocationReason.${revocation.reason}`),
                          revocation.reason === 'correction' ? undefined : revocation.note,
                        ]
                          .filter(Boolean)
                          .join(' — '),
                      })}
                </span>{' '}
                <SyncBadge sync={sync} />
              </p>
              <div className="actions">
                <Link className="button" to={`/desk/certificate/${record.id}`}>
                  {t('desk.certificates.open')}
                </Link>
                {mayDuplicate && (
                  <button type="button" onClick={() => void reprint(record)}>
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
              {inForce && env.may('revocation') && <RevokeForm certificate={record} />}
              {correcting === record.id && (
                <>
                  <p className="notice">{t('desk.certificates.correctHint')}</p>
                  <IssueForm deskCase={deskCase} facts={facts} ready supersedes={record} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
