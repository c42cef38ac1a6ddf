import { useTranslation } from 'react-i18next';
import { INTERPRETATION_LABELS } from '../../../core/lab/interpret';
import type { ResultRecord } from '../../../core/records/result';
import { earlierSamples } from '../../../desk/lab';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { StepCard } from '../frame/StepCard';
import { measuredValueLine } from './kitWords';
import { ResultForm } from './ResultForm';
import { SampleForm } from './SampleForm';

type LabStepProps = { readonly statement: DeskStatement; readonly facts: StatementFacts };

/**
 * Step 3: the sample and its result. Locked until the contract is paid (a result is not
 * released before payment). An equivocal result means a retest: a new sample is taken, and
 * the earlier samples with their results stay listed under the current one.
 */
export function LabStep({ statement, facts }: LabStepProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const { sample, result } = facts;
  const kit = env.clinic.settings.kits.find((k) => k.id === sample?.kitId);
  const sampleSync = statement.samples.find((s) => s.record.id === sample?.id)?.sync;
  const done = result !== undefined && result.interpretation !== 'equivocal';
  const kitOf = (kitId: string) => env.clinic.settings.kits.find((k) => k.id === kitId);
  const resultText = (found: ResultRecord) => {
    const unit = kitOf(found.kitId)?.unit ?? null;
    return (
      <>
        {found.value !== undefined && `${measuredValueLine(t, env.language, found.value, unit)} — `}
        <strong>{env.pick(INTERPRETATION_LABELS[found.interpretation])}</strong>
      </>
    );
  };
  if (!facts.paid) {
    return (
      <StepCard id="step-lab" title={t('desk.lab.title')}>
        <p className="notice">{t('desk.lab.notPaid')}</p>
      </StepCard>
    );
  }
  const retest = result?.interpretation === 'equivocal';
  const earlier = earlierSamples(statement);
  return (
    <StepCard id="step-lab" title={t('desk.lab.title')} done={done} sync={sampleSync}>
      {sample !== undefined && (
        <dl className="facts">
          <div className="facts-row">
            <dt>{t('desk.lab.tubeLabel')}</dt>
            <dd>{sample.tubeLabel}</dd>
          </div>
          <div className="facts-row">
            <dt>{t('desk.lab.takenAt')}</dt>
            <dd>{formatDateTime(sample.takenAt, env.utcOffsetMinutes)}</dd>
          </div>
          <div className="facts-row">
            <dt>{t('desk.lab.kit')}</dt>
            <dd>{kit?.name ?? t('desk.lab.kitUnknown')}</dd>
          </div>
          {result !== undefined && (
            <div className="facts-row">
              <dt>{t('desk.lab.result')}</dt>
              <dd data-testid="result-interpretation">{resultText(result)}</dd>
            </div>
          )}
        </dl>
      )}
      {earlier.length > 0 && (
        <section className="earlier-samples" aria-labelledby="earlier-samples-title">
          <h3 id="earlier-samples-title">{t('desk.lab.earlierTitle')}</h3>
          <ul className="plain-list" data-testid="earlier-samples">
            {earlier.map((past) => (
              <li key={past.sample.id}>
                {t('desk.lab.earlierSample', {
                  tube: past.sample.tubeLabel,
                  takenAt: formatDateTime(past.sample.takenAt, env.utcOffsetMinutes),
                })}
                {' · '}
                {kitOf(past.sample.kitId)?.name ?? t('desk.lab.kitUnknown')}
                {' · '}
                {past.result === undefined ? t('desk.lab.noResult') : resultText(past.result)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {retest && <p className="notice">{t('desk.lab.retest')}</p>}
      {(sample === undefined || retest) &&
        (statement.application.record.interventionConsent === undefined ? (
          // A new sample needs the signed ИДС (core/rules/consentRules.ts): say why, offer no form.
          <p className="notice" data-testid="sample-needs-consent">
            {t('desk.consent.sampleNeedsConsent')}
          </p>
        ) : env.may('sample') ? (
          <SampleForm statement={statement} retestOf={retest ? sample : undefined} />
        ) : (
          <p>{t('desk.lab.waitingSample')}</p>
        ))}
      {sample !== undefined &&
        result === undefined &&
        (env.may('result') && kit !== undefined ? (
          <ResultForm sample={sample} kit={kit} />
        ) : (
          <p>{t('desk.lab.waitingResult')}</p>
        ))}
    </StepCard>
  );
}
