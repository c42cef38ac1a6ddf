import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConflictChoice, ConflictProblem } from '../../../desk/problems';
import { PROBLEM_MESSAGES, settleConflict } from '../../../desk/problems';
import { useDesk } from '../frame/DeskEnvironment';
import { displayValue, fieldLabel } from './fieldDisplay';
import { recordLink, recordTitle } from './recordTitle';
import { useValueWords } from './useValueWords';
import { FormError } from '../../components/FormError';

type Side = 'register' | 'tablet';

/**
 * One record in conflict: each clashing field side by side, a choice per field, "Resolve".
 * A final record (or an unreadable tablet version) can only take the register's values.
 */
export function ConflictCard({
  problem,
  onResolved,
}: {
  readonly problem: ConflictProblem;
  readonly onResolved: (sent: boolean) => void;
}) {
  const { t } = useTranslation();
  const env = useDesk();
  const words = useValueWords();
  const [choice, setChoice] = useState<Record<string, Side>>({});
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const tablet = problem.tablet as Readonly<Record<string, unknown>> | undefined;
  const register = problem.register as Readonly<Record<string, unknown>>;
  const choosable = problem.canKeepTablet && tablet !== undefined;
  const idBase = `conflict-${problem.recordId}`;
  const link = recordLink(problem.register);

  async function resolve(all?: Side) {
    setSubmitted(true);
    const chosen: ConflictChoice =
      all === undefined
        ? choice
        : Object.fromEntries(problem.fields.map((field) => [field, all] as const));
    if (problem.fields.some((field) => chosen[field] === undefined)) return;
    setSaving(true);
    try {
      const resolved = await settleConflict(env, problem, chosen);
      if (resolved.ok) onResolved(resolved.value.sent);
      else setError(env.say(PROBLEM_MESSAGES, resolved.reason));
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className="card problem" data-testid="conflict-problem">
      <h3>
        {t(`desk.recordKind.${problem.kind}`)}:{' '}
        {link === undefined ? (
          recordTitle(problem.register, problem.recordId)
        ) : (
          <Link to={link}>{recordTitle(problem.register, problem.recordId)}</Link>
        )}
      </h3>
      <p>
        {choosable
          ? t('desk.problems.conflictIntro')
          : tablet === undefined
            ? t('desk.problems.tabletUnreadable')
            : t('desk.problems.finalIntro')}
      </p>
      {problem.fields.map((field) => {
        const label = fieldLabel(field, words);
        const registerValue = displayValue(field, register[field], words);
        const tabletValue = tablet === undefined ? '' : displayValue(field, tablet[field], words);
        const missing = choosable && submitted && choice[field] === undefined;
        const errorId = `${idBase}-${field}-error`;
        const sides: readonly [Side, string, string][] = [
          ['register', t('desk.problems.atRegister'), registerValue],
          ['tablet', t('desk.problems.atTablet'), tabletValue],
        ];
        return (
          <fieldset
            key={field}
            className="field conflict-field"
            aria-invalid={missing}
            aria-describedby={missing ? errorId : undefined}
          >
            <legend>{label}</legend>
            <div className="conflict-sides">
              {sides.map(([side, sideName, value]) =>
                choosable ? (
                  <label key={side} className="choice-tile conflict-side">
                    <input
                      type="radio"
                      name={`${idBase}-${field}`}
                      value={side}
                      checked={choice[field] === side}
                      onChange={() => {
                        setChoice((before) => ({ ...before, [field]: side }));
                      }}
                    />
                    <span className="conflict-side-name">{sideName}</span>
                    <span className="conflict-value">{value}</span>
                  </label>
                ) : (
                  <div key={side} className="conflict-side">
                    <span className="conflict-side-name">{sideName}</span>
                    <span className="conflict-value">{value}</span>
                  </div>
                ),
              )}
            </div>
            {missing && (
              <p id={errorId} className="field-error">
                {t('desk.problems.chooseFor', { field: label })}
              </p>
            )}
          </fieldset>
        );
      })}
      <FormError message={error} />
      <div className="actions">
        {choosable ? (
          <button
            type="button"
            className="primary"
            disabled={saving}
            onClick={() => void resolve()}
          >
            {saving ? t('desk.problems.resolving') : t('desk.problems.resolve')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={saving}
            onClick={() => void resolve('register')}
          >
            {t('desk.problems.acceptRegister')}
          </button>
        )}
      </div>
    </li>
  );
}
