import { useTranslation } from 'react-i18next';
import { useDesk } from '../frame/DeskEnvironment';
import type { ValueWords } from './fieldDisplay';
import { problemsTextRu } from './problemsText.ru';

type FieldName = keyof typeof problemsTextRu.fields;

function isFieldName(field: string): field is FieldName {
  return Object.hasOwn(problemsTextRu.fields, field);
}

/** The words `displayValue` needs, in the desk's language. */
export function useValueWords(): ValueWords {
  const { t } = useTranslation();
  const env = useDesk();
  return {
    label: (field) => (isFieldName(field) ? t(`desk.problems.fields.${field}`) : undefined),
    empty: t('desk.problems.empty'),
    yes: t('desk.problems.yes'),
    no: t('desk.problems.no'),
    sex: (sex) => t(sex === 'male' ? 'desk.person.male' : 'desk.person.female'),
    documentType: (type) => t(`desk.documentType.${type}`),
    utcOffsetMinutes: env.utcOffsetMinutes,
  };
}
