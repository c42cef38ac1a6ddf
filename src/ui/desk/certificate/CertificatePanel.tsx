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

/** The case's certificates: print, reprint as a duplicate, or correct (commission). */
export function CertificatePanel({ deskCase }: { readonly deskCase: DeskCase }) {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState<string>();
  const [error, setError] = useState<string>();
  if (deskCase.certificates.length === 0) return null;
  const facts = caseFacts(deskCase);
  const revoked = new Set(deskCase.revocations.map((r) => r.record.certificateId));
  const isRevoked = (c: CertificateRecord) => revoked.has(c.duplicateOf ?? c.id);

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
          const inForce = !isRevoked(record) && record.duplicateOf === undefined;
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
                {isRevoked(record)
                  ? t('desk.certificates.revoked')
                  : t('desk.certificates.inForce')}{' '}
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
