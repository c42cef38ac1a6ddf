import { useState } from 'react';
import { fieldMessage } from '../person/fieldMessage';
import { CyrillicNameFields, SexChoice } from '../person/NameFields';
import { useTranslation } from 'react-i18next';
import { formatDocument } from '../../../core/person/document';
import type { DocumentType } from '../../../core/person/document';
import { DOCUMENT_TYPES } from '../../../core/person/document';
import type { RepresentativeBasis } from '../../../core/person/representative';
import { REPRESENTATIVE_BASES } from '../../../core/person/representative';
import type { RepresentativeField } from '../../../core/person/representativeDraft';
import {
  REPRESENTATIVE_MESSAGES,
  validateRepresentative,
} from '../../../core/person/representativeDraft';
import type { ApplicationRecord } from '../../../core/records/application';
import type { PersonRecord } from '../../../core/records/person';
import { recordRepresentative } from '../../../desk/representative';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { ChoiceField } from '../frame/ChoiceField';
import { useDesk } from '../frame/DeskEnvironment';
import { clinicToday } from '../frame/format';
import { SelectField } from '../frame/SelectField';
import type { RepresentativeTextKey } from './representativeFormState';
import {
  changeRepresentativeBasis,
  changeRepresentativeDocumentType,
  changeRepresentativeField,
  changeRepresentativeSex,
  EMPTY_REPRESENTATIVE_FORM,
  representativeErrorsByField,
  representativeFormSchema,
  representativeRuleGenitive,
  representativeToForm,
  toRepresentativeDraft,
} from './representativeFormState';

/**
 * The minor's legal representative, typed on the statement step (issue #11, item 4): a draft
 * until saved, so a reload loses nothing; saving writes them onto the statement.
 */
export function RepresentativeForm({
  application,
  minor,
  minorAge,
  onClose,
}: {
  readonly application: ApplicationRecord;
  readonly minor: PersonRecord;
  /** Full years on the statement's date. */
  readonly minorAge: number;
  /** Shown when changing a recorded representative: leave without saving. */
  readonly onClose?: () => void;
}) {
  const { t } = useTranslation();
  const env = useDesk();
  const initial =
    application.representative === undefined
      ? EMPTY_REPRESENTATIVE_FORM
      : representativeToForm(application.representative);
  const draft = useDraft(
    `desk:representative:${application.id}`,
    representativeFormSchema,
    initial,
  );
  const [touched, setTouched] = useState<ReadonlySet<RepresentativeField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  if (!draft.loaded) return <p role="status">{t('desk.loading')}</p>;

  const form = draft.value;
  const checked = validateRepresentative(
    toRepresentativeDraft(form),
    clinicToday(env.now(), env.utcOffsetMinutes),
    minorAge,
  );
  const errors = checked.ok ? {} : representativeErrorsByField(checked.errors);
  const errorOf = (field: RepresentativeField): string | undefined => {
    const reason = errors[field];
    if (reason === undefined || !(submitted || touched.has(field))) return undefined;
    return fieldMessage(t, env.say, REPRESENTATIVE_MESSAGES, reason);
  };
  const touch = (field: RepresentativeField) => () => {
    setTouched((before) => new Set(before).add(field));
  };
  const text = (key: RepresentativeTextKey, field: RepresentativeField) => ({
    id: `representative-${key}`,
    value: form[key],
    error: errorOf(field),
    onChange: (value: string) => {
      draft.update(changeRepresentativeField(form, key, value));
    },
    onBlur: touch(field),
  });
  const childCertificate =
    minor.document.type === 'birth-certificate' ? formatDocument(minor.document) : undefined;
  const rulesGenitive = representativeRuleGenitive(form);
  const genitiveHint =
    rulesGenitive === ''
      ? t('desk.person.genitiveWaits')
      : form.genitiveEdited && form.genitive.trim() !== rulesGenitive
        ? t('desk.person.genitiveOwn', { rules: rulesGenitive })
        : t('desk.person.genitiveHint');

  async function save() {
    setSubmitted(true);
    setSaveError(undefined);
    if (!checked.ok) return;
    setSaving(true);
    try {
      const written = await recordRepresentative(env, application, checked.value);
      if (!written.ok) {
        setSaveError(env.say(WRITE_MESSAGES, written.reason));
        return;
      }
      await draft.discard();
      onClose?.();
    } finally {
      setSaving(false);
    }
  }

  return (
    <section
      className="subform"
      aria-labelledby="representative-title"
      data-testid="representative-form"
    >
      <h3 id="representative-title">{t('desk.representative.title')}</h3>
      <p>
        {t(minorAge < 14 ? 'desk.representative.introUnder14' : 'desk.representative.introMinor')}
      </p>
      <div className="form-grid">
        <CyrillicNameFields field={(name) => text(name, name)} />
      </div>
      <SexChoice
        name="representative-sex"
        value={form.sex}
        error={errorOf('sex')}
        onChange={(sex) => {
          draft.update(changeRepresentativeSex(form, sex));
        }}
      />
      <div className="form-grid">
        <TextField
          label={t('desk.person.birthDate')}
          placeholder={t('desk.datePlaceholder')}
          inputMode="numeric"
          {...text('birthDate', 'birthDate')}
        />
        <TextField
          label={t('desk.representative.genitive')}
          hint={genitiveHint}
          autoComplete="off"
          {...text('genitive', 'genitive')}
        />
      </div>
      <ChoiceField<RepresentativeBasis>
        name="representative-basis"
        legend={t('desk.representative.basis')}
        value={form.basis}
        options={REPRESENTATIVE_BASES.map((basis) => ({
          value: basis,
          label: t(`desk.representative.basisOption.${basis}`),
        }))}
        error={errorOf('basis')}
        onChange={(basis) => {
          draft.update(changeRepresentativeBasis(form, basis, childCertificate));
          touch('basis')();
        }}
      />
      <div className="form-grid">
        <TextField
          label={t('desk.representative.basisDocument')}
          hint={t('desk.representative.basisDocumentHint')}
          autoComplete="off"
          {...text('basisDocument', 'basisDocument')}
        />
        <SelectField
          id="representative-documentType"
          label={t('desk.person.documentType')}
          value={form.documentType}
          options={DOCUMENT_TYPES.map((type) => ({
            value: type,
            label: t(`desk.documentType.${type}`),
          }))}
          error={errorOf('document')}
          onChange={(value) => {
            draft.update(changeRepresentativeDocumentType(form, value as DocumentType));
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
          hint={t('desk.person.documentIssuedByHint')}
          autoComplete="off"
          {...text('documentIssuedBy', 'documentIssuedBy')}
        />
        <TextField label={t('desk.representative.address')} {...text('address', 'address')} />
        <TextField label={t('desk.person.phone')} inputMode="tel" {...text('phone', 'phone')} />
      </div>
      {submitted && !checked.ok && <FormError message={t('desk.fixErrors')} />}
      <FormError message={saveError} />
      <div className="actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {t('desk.representative.save')}
        </button>
        {onClose !== undefined && (
          <button
            type="button"
            onClick={() => {
              void draft.discard().then(onClose);
            }}
          >
            {t('desk.representative.keep')}
          </button>
        )}
      </div>
    </section>
  );
}
