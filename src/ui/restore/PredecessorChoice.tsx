import { useTranslation } from 'react-i18next';
import type { TabletId } from '../../core/ids';
import type { TabletSummary } from '../../core/protocol/tablet';
import './restore.css';
import { formatDeviceDateTime } from '../components/deviceTime';

export type PredecessorValue = 'new' | TabletId;

/**
 * "Is this a new tablet, or one of these whose data was cleared?" — asked at enrolment when
 * the clinic already has tablets, so the register can link the two and the desk can say
 * afterwards what was restored and what could not be.
 */
export function PredecessorChoice({
  candidates,
  value,
  onChange,
}: {
  readonly candidates: readonly TabletSummary[];
  readonly value: PredecessorValue;
  readonly onChange: (value: PredecessorValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field choice" data-testid="predecessor-choice">
      <legend>{t('enrolment.choice.legend')}</legend>
      <p className="field-hint">{t('enrolment.choice.hint')}</p>
      <label className="choice-option">
        <input
          type="radio"
          name="predecessor"
          value="new"
          checked={value === 'new'}
          onChange={() => {
            onChange('new');
          }}
        />
        <span>{t('enrolment.choice.new')}</span>
      </label>
      {candidates.map((tablet) => (
        <label key={tablet.id} className="choice-option">
          <input
            type="radio"
            name="predecessor"
            value={tablet.id}
            data-code={tablet.code}
            checked={value === tablet.id}
            onChange={() => {
              onChange(tablet.id);
            }}
          />
          <span>
            {t('enrolment.choice.tablet', { code: tablet.code, name: tablet.name })}
            {tablet.status === 'withdrawn' && ` (${t('enrolment.choice.withdrawn')})`}
            <br />
            <small>
              {tablet.lastPushAt === null
                ? t('enrolment.choice.neverPushed')
                : t('enrolment.choice.lastPush', {
                    time: formatDeviceDateTime(tablet.lastPushAt),
                    count: tablet.recordsPushed,
                  })}
            </small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
