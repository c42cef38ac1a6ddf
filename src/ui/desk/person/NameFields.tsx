import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../core/person/person';
import { TextField } from '../../components/TextField';
import { ChoiceField } from '../frame/ChoiceField';

// The name and sex fields as the person form and the representative form both ask them, so a
// label, an order or an autocomplete setting changes in one place for both.

/** What a form's field helper gives a text field: its id, value, error and handlers. */
export type NameFieldBinding = {
  readonly id: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
};

/** Surname, given name and patronymic, in Cyrillic, as on the identity document. */
export function CyrillicNameFields({
  field,
}: {
  readonly field: (name: 'surname' | 'givenName' | 'patronymic') => NameFieldBinding;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('desk.person.surname')} autoComplete="off" {...field('surname')} />
      <TextField label={t('desk.person.givenName')} autoComplete="off" {...field('givenName')} />
      <TextField label={t('desk.person.patronymic')} autoComplete="off" {...field('patronymic')} />
    </>
  );
}

/** The sex, which the declension of the name follows. */
export function SexChoice({
  name,
  value,
  error,
  onChange,
}: {
  readonly name: string;
  readonly value: Sex | '';
  readonly error: string | undefined;
  readonly onChange: (sex: Sex) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceField<Sex>
      name={name}
      legend={t('desk.person.sex')}
      value={value}
      options={[
        { value: 'female', label: t('desk.person.female') },
        { value: 'male', label: t('desk.person.male') },
      ]}
      error={error}
      onChange={onChange}
    />
  );
}
