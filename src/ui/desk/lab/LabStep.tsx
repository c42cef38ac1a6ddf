import { useTranslation } from 'react-i18next';
import { INTERPRETATION_LABELS } from '../../../core/lab/interpret';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { StepCard } from '../frame/StepCard';
import { ResultForm } from './ResultForm';
import { SampleForm } from './SampleForm';

type LabStepProps = { readonly deskCase: DeskStatement; readonly facts: StatementFacts };

/**
 * Step 3: the sample and its result. Locked until the contract is paid (a result is not
 * released before payment). An equivocal result means a retest: a new sample is taken.
 */
export function LabStep({ deskCase, facts }: LabStepProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const { sample, result } = facts;
  const kit = env.clinic.settings.kits.find((k) => k.id === sample?.kitId);
  const sampleSync = deskCase.samples.find((s) => s.record.id === sample?.id)?.sync;
  const done = result !== undefined && result.interpretation !== 'equivocal';
  if (!facts.paid) {
    return (
      <StepCard id="step-lab" title={t('desk.lab.title')}>
        <p className="notice">{t('desk.lab.notPaid')}</p>
      </StepCard>
    );
  }
  const retest = result?.interpretation === 'equivocal';
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
              <dd data-testid="result-interpretation">
                {result.value !== undefined &&
                  `${String(result.value).replace('.', ',')} ${kit?.unit ?? ''} — `}
                <strong>{env.pick(INTERPRETATION_LABELS[result.interpretation])}</strong>
              </dd>
            </div>
          )}
        </dl>
      )}
      {retest && <p className="notice">{t('desk.lab.retest')}</p>}
      {(sample === undefined || retest) &&
        (env.may('sample') ? (
          <SampleForm deskCase={deskCase} retestOf={retest ? sample : undefined} />
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
