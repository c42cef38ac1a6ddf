import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorStanding } from '../../../core/person/minorRules';
import type { MinorStanding } from '../../../core/person/minorRules';
import type { DeskStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { RepresentativeForm } from './RepresentativeForm';
import { RepresentativeSummary } from './RepresentativeSummary';

/** The person's standing on the statement's date, when the tablet holds the person. */
export function statementStanding(statement: DeskStatement): MinorStanding | undefined {
  const person = statement.person?.record;
  if (person === undefined) return undefined;
  return minorStanding(person.birthDate, statement.application.record.date);
}

/**
 * Whether the statement is of a minor and names no representative yet: it is then neither
 * printed nor signed (the rules refuse it too: core/rules/representativeRules.ts).
 */
export function isRepresentativeMissing(statement: DeskStatement): boolean {
  return (
    statementStanding(statement)?.representativeRequired === true &&
    statement.application.record.representative === undefined
  );
}

/**
 * The representative part of the statement step: the recorded representative, or the form to
 * enter them when the person is a minor on the statement's date. A statement signed before
 * issue #11 without one gets the form too, so its sample is not refused later; a withdrawn
 * one only shows what was recorded.
 */
export function StatementRepresentative({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const [changing, setChanging] = useState(false);
  const application = statement.application.record;
  const person = statement.person?.record;
  const standing = statementStanding(statement);
  const recorded = application.representative;
  const mayWrite = env.may('application') && application.status !== 'cancelled';
  if (person === undefined || standing === undefined) return null;
  if (!standing.representativeRequired && recorded === undefined) return null;
  if (mayWrite && (recorded === undefined || changing)) {
    return (
      <RepresentativeForm
        application={application}
        minor={person}
        minorAge={standing.age}
        {...(recorded === undefined
          ? {}
          : {
              onClose: () => {
                setChanging(false);
              },
            })}
      />
    );
  }
  if (recorded === undefined) return null;
  return (
    <>
      <RepresentativeSummary representative={recorded} />
      {mayWrite && application.status === 'draft' && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setChanging(true);
            }}
          >
            {t('desk.representative.change')}
          </button>
        </div>
      )}
    </>
  );
}
