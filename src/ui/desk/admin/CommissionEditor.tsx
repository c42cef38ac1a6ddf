import { useTranslation } from 'react-i18next';
import { DEFAULT_CERTIFICATE_TERRITORY } from '../../../core/clinic/commission';
import { TextField } from '../../components/TextField';
import { CheckField } from '../frame/CheckField';
import { SelectField } from '../frame/SelectField';
import type { CommissionForm } from './commissionForm';
import { EMPTY_COMMISSION_FORM } from './commissionForm';

/** The clinic's staff of role `commission` the order may name, once known. */
export type CommissionCandidates = {
  readonly loaded: boolean;
  readonly members: readonly { readonly id: string; readonly displayName: string }[];
};

type CommissionEditorProps = {
  readonly form: CommissionForm;
  readonly candidates: CommissionCandidates;
  readonly territory: string;
  readonly onChange: (form: CommissionForm) => void;
  readonly onTerritoryChange: (territory: string) => void;
  /** The message for "commission.orderNumber", "commission.memberIds.1" and the like. */
  readonly errorOf: (field: string) => string | undefined;
};

/**
 * The clinic's medical commission by the head physician's order (issue #11; order 502н):
 * the order's number and date, the chair and the members, chosen from the clinic's staff of
 * role `commission` (the screen brings them: the desk from its tablet's directory, /admin from
 * the register); and the territory line the certificate prints. Checked by the domain's schema when the admin saves; the register also
 * checks that everyone named is on the clinic's commission staff.
 */
export function CommissionEditor({
  form,
  candidates,
  territory,
  onChange,
  onTerritoryChange,
  errorOf,
}: CommissionEditorProps) {
  const { t } = useTranslation();
  const staff = candidates.members;
  const named = new Map(staff.map((member) => [member.id, member.displayName]));
  const nameOf = (id: string) =>
    named.get(id) ?? t('desk.settings.commissionUnknownMember', { id });
  // Everyone the admin may tick: the commission staff, and anyone the order still names who
  // has left the directory since, so they can be unticked.
  const memberChoices = [
    ...staff.map((member) => member.id),
    ...form.memberIds.filter((id) => !named.has(id)),
  ].filter((id) => id !== form.chairId);
  const memberError = (() => {
    const list = errorOf('commission.memberIds');
    if (list !== undefined) return list;
    const index = form.memberIds.findIndex(
      (_, i) => errorOf(`commission.memberIds.${String(i)}`) !== undefined,
    );
    return index < 0 ? undefined : errorOf(`commission.memberIds.${String(index)}`);
  })();
  const sectionError = errorOf('commission');
  return (
    <section aria-labelledby="commission-title">
      <h2 id="commission-title">{t('desk.settings.commission')}</h2>
      <p className="field-hint">{t('desk.settings.commissionIntro')}</p>
      {sectionError !== undefined && <p className="field-error">{sectionError}</p>}
      <div className="form-grid">
        <TextField
          id="commission-order-number"
          label={t('desk.settings.commissionOrderNumber')}
          value={form.orderNumber}
          error={errorOf('commission.orderNumber')}
          autoComplete="off"
          onChange={(orderNumber) => {
            onChange({ ...form, orderNumber });
          }}
        />
        <TextField
          id="commission-order-date"
          label={t('desk.settings.commissionOrderDate')}
          value={form.orderDate}
          placeholder={t('desk.datePlaceholder')}
          inputMode="numeric"
          error={errorOf('commission.orderDate')}
          autoComplete="off"
          onChange={(orderDate) => {
            onChange({ ...form, orderDate });
          }}
        />
        <SelectField
          id="commission-chair"
          label={t('desk.settings.commissionChair')}
          value={form.chairId}
          error={errorOf('commission.chairId')}
          options={[
            { value: '', label: t('desk.settings.commissionChoose') },
            ...[...staff.map((m) => m.id), ...(named.has(form.chairId) ? [] : [form.chairId])]
              .filter((id) => id !== '')
              .map((id) => ({ value: id, label: nameOf(id) })),
          ]}
          onChange={(chairId) => {
            onChange({
              ...form,
              chairId,
              memberIds: form.memberIds.filter((id) => id !== chairId),
            });
          }}
        />
      </div>
      <fieldset
        className="field"
        aria-describedby={memberError === undefined ? undefined : 'commission-members-error'}
      >
        <legend>{t('desk.settings.commissionMembers')}</legend>
        {candidates.loaded && staff.length === 0 && (
          <p className="notice">{t('desk.settings.commissionNoCandidates')}</p>
        )}
        {memberChoices.map((id) => (
          <CheckField
            key={id}
            id={`commission-member-${id}`}
            label={nameOf(id)}
            checked={form.memberIds.includes(id)}
            onChange={(on) => {
              onChange({
                ...form,
                memberIds: on
                  ? [...form.memberIds, id]
                  : form.memberIds.filter((member) => member !== id),
              });
            }}
          />
        ))}
        {memberError !== undefined && (
          <p id="commission-members-error" className="field-error">
            {memberError}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            onChange(EMPTY_COMMISSION_FORM);
          }}
        >
          {t('desk.settings.commissionClear')}
        </button>
      </div>
      <TextField
        id="certificate-territory"
        label={t('desk.settings.territory')}
        hint={t('desk.settings.territoryHint', { line: DEFAULT_CERTIFICATE_TERRITORY })}
        value={territory}
        maxLength={200}
        error={errorOf('certificateTerritory')}
        onChange={onTerritoryChange}
      />
    </section>
  );
}
