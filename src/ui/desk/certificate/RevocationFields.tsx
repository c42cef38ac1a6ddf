import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevokeForm, RevokeProblem } from '../../../desk/revokeCertificate';
import { checkRevokeForm, DESK_REVOCATION_REASONS } from '../../../desk/revokeCertificate';
import { TextField } from '../../components/TextField';
import { ChoiceField } from '../frame/ChoiceField';

// What the desk's revocation (RevokeForm) and the ministry's (admin/certificates/
// AdminRevokeForm) share: the reason and the note with their problems, checked by the desk's
// rule (desk/revokeCertificate.ts checkRevokeForm) before a confirmation that names the
// certificate. Where the form is kept (a draft at the desk, state at the register) and who
// sends it differ.

/**
 * The check step: "Аннулировать…" checks the form (clearing the last sending error) and asks
 * to confirm; any edit takes the question back. `say` puts a problem in the screen's language.
 */
export function useRevocationCheck(
  form: RevokeForm,
  setForm: (next: RevokeForm) => void,
  say: (problem: RevokeProblem) => string,
) {
  const [problem, setProblem] = useState<RevokeProblem>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  return {
    problem,
    setProblem,
    confirming,
    setConfirming,
    /** Why sending failed, said above the buttons. */
    error,
    setError,
    /** The problem, if it is one of those shown under a given field. */
    problemOf: (...shown: RevokeProblem[]) =>
      problem !== undefined && shown.includes(problem) ? say(problem) : undefined,
    edit: (next: RevokeForm) => {
      setConfirming(false);
      setProblem(undefined);
      setForm(next);
    },
    check: () => {
      setError(undefined);
      const checked = checkRevokeForm(form);
      setProblem(checked.ok ? undefined : checked.reason);
      setConfirming(checked.ok);
    },
  };
}

export function RevocationFields({
  id,
  form,
  texts,
  problemOf,
  onChange,
}: {
  /** Prefix of the fields' ids and names. */
  readonly id: string;
  readonly form: RevokeForm;
  /** Where the form's words are: its `reason`, `note` and `noteHint`. */
  readonly texts: 'desk.revoke' | 'admin.certificates';
  readonly problemOf: ReturnType<typeof useRevocationCheck>['problemOf'];
  readonly onChange: (next: RevokeForm) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField
        name={`${id}-reason`}
        legend={t(`${texts}.reason`)}
        value={form.reason}
        options={DESK_REVOCATION_REASONS.map((reason) => ({
          value: reason,
          label: t(`desk.certificateDoc.revocationReason.${reason}`),
        }))}
        error={problemOf('reason-missing')}
        onChange={(reason) => {
          onChange({ ...form, reason });
        }}
      />
      <TextField
        id={`${id}-note`}
        label={t(`${texts}.note`)}
        hint={t(`${texts}.noteHint`)}
        value={form.note}
        maxLength={500}
        error={problemOf('note-missing', 'note-too-long')}
        onChange={(note) => {
          onChange({ ...form, note });
        }}
      />
    </>
  );
}
