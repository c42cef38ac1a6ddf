import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINED_NAME_MESSAGES } from '../../../core/person/declinedForms';
import type { DocumentType } from '../../../core/person/document';
import { DOCUMENT_TYPES } from '../../../core/person/document';
import type { DuplicateMatch } from '../../../core/person/duplicates';
import type { PersonField } from '../../../core/person/person';
import { PERSON_MESSAGES, validatePerson } from '../../../core/person/person';
import type { PersonRecord } from '../../../core/records/person';
import { correctPerson, possibleDuplicates, registerPerson } from '../../../desk/person';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { ActionBar } from '../frame/ActionBar';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { rolesThatMayWrite } from '../frame/deskSections';
import { clinicToday } from '../frame/format';
import { SelectField } from '../frame/SelectField';
import { useLocale } from '../../i18n/useLocale';
import { DuplicateWarning } from './DuplicateWarning';
import { fieldMessage } from './fieldMessage';
import { CyrillicNameFields, SexChoice } from './NameFields';
import type { PersonForm as PersonFormValue } from './personFormState';
import {
  changePersonField,
  changePersonSex,
  declinedFormsFor,
  EMPTY_PERSON_FORM,
  errorsByField,
  personFormSchema,
  personToForm,
  ruleGenitive,
  toPersonDraft,
} from './personFormState';
import { useNavigate } from '../../routing/BrowserLocation';

/**
 * Registers a new citizen, or corrects a registered one (`existing`); the form is a draft
 * until saved, so a reload loses nothing.
 */
export function PersonForm({ existing }: { readonly existing?: PersonRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const { bcp47 } = useLocale();
  const title = existing === undefined ? t('desk.person.newTitle') : t('desk.person.editTitle');
  const navigate = useNavigate();
  const initial = existing === undefined ? EMPTY_PERSON_FORM : personToForm(existing);
  const draft = useDraft(
    existing === undefined ? 'desk:person-new' : `desk:person-edit:${existing.id}`,
    personFormSchema,
    initial,
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [duplicates, setDuplicates] = useState<readonly DuplicateMatch[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // The buttons are pinned to the screen's bottom, so the form's end may be out of sight:
  // bring the warning into view when it appears.
  const duplicateRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (duplicates.length > 0) duplicateRef.current?.scrollIntoView({ block: 'nearest' });
  }, [duplicates]);

  if (!env.may('person')) {
    const roles = rolesThatMayWrite('person').map((role) =>
      t(`role.${role}`).toLocaleLowerCase(bcp47),
    );
    const who = new Intl.ListFormat(bcp47, { type: 'disjunction' }).format(roles);
    return <DeskNotice title={title} text={t('desk.person.mayNot', { roles: who })} />;
  }
  if (!draft.loaded) return <p role="status">{t('desk.loading')}</p>;

  const form = draft.value;
  const checked = validatePerson(toPersonDraft(form), clinicToday(env.now(), env.utcOffsetMinutes));
  const errors = checked.ok ? {} : errorsByField(checked.errors);
  const declined = declinedFormsFor(form, existing?.declined);
  const genitiveError =
    declined.ok || !(submitted || touched.has('genitive'))
      ? undefined
      : env.say(DECLINED_NAME_MESSAGES, declined.reason);
  const rulesGenitive = ruleGenitive(form);
  const genitiveHint =
    rulesGenitive === ''
      ? t('desk.person.genitiveWaits')
      : form.genitive.trim() === ''
        ? t('desk.person.genitiveEmpty', { rules: rulesGenitive })
        : declined.ok && declined.value?.genitive !== undefined
          ? t('desk.person.genitiveOwn', { rules: rulesGenitive })
          : t('desk.person.genitiveHint');
  const errorOf = (field: PersonField): string | undefined => {
    const reason = errors[field];
    if (reason === undefined || !(submitted || touched.has(field))) return undefined;
    return fieldMessage(t, env.say, PERSON_MESSAGES, reason);
  };
  const set = (next: PersonFormValue) => {
    draft.update(next);
    setDuplicates([]);
  };
  const text = (field: Parameters<typeof changePersonField>[1], error: PersonField) => ({
    id: `person-${field}`,
    value: form[field],
    error: errorOf(error),
    onChange: (value: string) => {
      set(changePersonField(form, field, value));
    },
    onBlur: () => {
      setTouched((before) => new Set(before).add(error));
    },
  });

  async function save(acceptDuplicates: boolean) {
    setSubmitted(true);
    setSaveError(undefined);
    if (!checked.ok || !declined.ok) return;
    // The clerk's genitive is stored only when it differs from the rules' (declinedFormsFor).
    const details =
      declined.value === undefined ? checked.value : { ...checked.value, declined: declined.value };
    setSaving(true);
    try {
      if (!acceptDuplicates) {
        const matches = await possibleDuplicates(env, details, existing?.id);
        if (matches.length > 0) {
          setDuplicates(matches);
          return;
        }
      }
      const written =
        existing === undefined
          ? await registerPerson(env, details)
          : await correctPerson(env, existing, details);
      if (!written.ok) {
        setSaveError(env.say(WRITE_MESSAGES, written.reason));
        return;
      }
      await draft.discard();
      navigate(`/desk/person/${written.value.id}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="person-form-title">
      <h1 id="person-form-title">{title}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <div className="form-grid">
          <CyrillicNameFields field={(name) => text(name, name)} />
          <TextField
            label={t('desk.person.surnameLatin')}
            hint={t('desk.person.latinHint')}
            autoComplete="off"
            {...text('surnameLatin', 'surnameLatin')}
          />
          <TextField
            label={t('desk.person.givenNameLatin')}
            hint={t('desk.person.latinHint')}
            autoComplete="off"
            {...text('givenNameLatin', 'givenNameLatin')}
          />
          <TextField
            label={t('desk.person.birthDate')}
            placeholder={t('desk.datePlaceholder')}
            inputMode="numeric"
            {...text('birthDate', 'birthDate')}
          />
        </div>
        <SexChoice
          name="person-sex"
          value={form.sex}
          error={errorOf('sex')}
          onChange={(sex) => {
            set(changePersonSex(form, sex));
          }}
        />
        <div className="form-grid">
          <TextField
            id="person-genitive"
            label={t('desk.person.genitive')}
            hint={genitiveHint}
            autoComplete="off"
            value={form.genitive}
            error={genitiveError}
            onChange={(value) => {
              set(changePersonField(form, 'genitive', value));
            }}
            onBlur={() => {
              setTouched((before) => new Set(before).add('genitive'));
            }}
          />
        </div>
        <div className="form-grid">
          <SelectField
            id="person-documentType"
            label={t('desk.person.documentType')}
            value={form.documentType}
            options={DOCUMENT_TYPES.map((type) => ({
              value: type,
              label: t(`desk.documentType.${type}`),
            }))}
            onChange={(value) => {
              set({ ...form, documentType: value as DocumentType });
            }}
          />
          <TextField
            label={t('desk.person.documentText')}
            hint={t(`desk.documentHint.${form.documentType}`)}
            autoComplete="off"
            {...text('documentText', 'document')}
          />
          <TextField
            label={t('desk.person.documentIssuedOn')}
            placeholder={t('desk.datePlaceholder')}
            inputMode="numeric"
            {...text('documentIssuedOn', 'documentIssuedOn')}
          />
          <TextField
            label={t('desk.person.documentIssuedBy')}
            hint={t(
              form.documentType === 'birth-certificate'
                ? 'desk.person.documentIssuedByBirthHint'
                : 'desk.person.documentIssuedByHint',
            )}
            autoComplete="off"
            {...text('documentIssuedBy', 'documentIssuedBy')}
          />
          <TextField
            label={t('desk.person.snils')}
            inputMode="numeric"
            {...text('snils', 'snils')}
          />
          <TextField label={t('desk.person.oms')} inputMode="numeric" {...text('oms', 'oms')} />
          <TextField label={t('desk.person.phone')} inputMode="tel" {...text('phone', 'phone')} />
          <TextField label={t('desk.person.address')} {...text('address', 'address')} />
        </div>
        {duplicates.length > 0 && (
          <div ref={duplicateRef}>
            <DuplicateWarning
              matches={duplicates}
              onRegisterAnyway={() => {
                void save(true);
              }}
            />
          </div>
        )}
        <ActionBar
          messages={
            <>
              {submitted && (!checked.ok || !declined.ok) && (
                <FormError message={t('desk.fixErrors')} />
              )}
              <FormError message={saveError} />
            </>
          }
        >
          <button type="submit" className="primary" disabled={saving}>
            {existing === undefined ? t('desk.person.save') : t('desk.person.saveChanges')}
          </button>
          <button
            type="button"
            onClick={() => {
              void draft.discard().then(() => {
                draft.update(initial);
                setSubmitted(false);
                setTouched(new Set());
              });
            }}
          >
            {t('desk.clearForm')}
          </button>
        </ActionBar>
      </form>
    </section>
  );
}
