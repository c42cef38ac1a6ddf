import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kit } from '../../../core/lab/kit';
import { INTERPRETATION_LABELS } from '../../../core/lab/interpret';
import { useDesk } from '../frame/DeskEnvironment';
import { shownKitName } from '../frame/shownNames';
import type { ResultEntry } from './resultEntry';
import { measuredValueLine } from './kitWords';

type ResultConfirmProps = {
  readonly entry: Extract<ResultEntry, { ok: true }>;
  readonly kit: Kit;
  readonly tubeLabel: string;
  /** Resolves true once written: the panel then stays disabled until the step moves on. */
  readonly onConfirm: () => Promise<boolean>;
  readonly onChange: () => void;
};

/**
 * The second look before a final result is written: the value with its unit (or the kit's
 * reading) and the interpretation in large type. Focus goes to the heading, not to
 * "Подтвердить", so a double tap on "Сохранить" cannot confirm unread; the buttons sit below
 * the large text, away from where "Сохранить" was.
 */
export function ResultConfirm({ entry, kit, tubeLabel, onConfirm, onChange }: ResultConfirmProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const shown =
    entry.value !== undefined
      ? measuredValueLine(t, env.language, entry.value, kit.unit)
      : entry.reading !== undefined
        ? t(`desk.reading.${entry.reading}`)
        : '—';
  return (
    <div className="subform result-confirm" role="group" aria-labelledby="result-confirm-title">
      <h3 id="result-confirm-title" ref={heading} tabIndex={-1}>
        {t('desk.lab.confirmTitle')}
      </h3>
      <p className="field-hint">
        {t('desk.lab.confirmContext', { tube: tubeLabel, kit: shownKitName(kit, env.language) })}
      </p>
      <p className="result-confirm-value" data-testid="confirm-value">
        {shown}
      </p>
      <p
        className={`result-confirm-interpretation interpretation interpretation-${entry.interpretation}`}
        data-testid="confirm-interpretation"
      >
        {env.pick(INTERPRETATION_LABELS[entry.interpretation])}
      </p>
      <p>{t('desk.lab.confirmFinal')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().then((written) => {
              if (!written) setBusy(false);
            });
          }}
        >
          {t('desk.lab.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onChange}>
          {t('desk.lab.change')}
        </button>
      </div>
    </div>
  );
}
