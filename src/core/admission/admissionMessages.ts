// What the guard reads under the verdict: one line per admission outcome, ru and en.
import type { Bilingual, MessageTable } from '../bilingual';
import type { Admission, NotAdmittedReason } from './decideAdmission';

export const notAdmittedMessages: MessageTable<NotAdmittedReason> = {
  'antibodies-not-detected': {
    ru: 'Подлинная справка: антитела не обнаружены — не даёт прав QR-кода',
    en: 'Authentic certificate: antibodies not detected — it gives no QR-code rights',
  },
  'result-inconclusive': {
    ru: 'Подлинная справка, но результат не однозначен — не даёт прав QR-кода',
    en: 'Authentic certificate, but the result is inconclusive — it gives no QR-code rights',
  },
  'class-not-admitted': {
    ru: 'Подлинная справка, но антитела этого класса не дают прав QR-кода по правилам региона',
    en: 'Authentic certificate, but antibodies of this class give no QR-code rights under the region’s rules',
  },
  'not-an-antibody-certificate': {
    ru: 'Подлинный документ, но не справка об антителах — по нему не пропускают',
    en: 'Authentic document, but not an antibody certificate — it does not admit',
  },
  'sample-date-missing': {
    ru: 'В справке нет даты взятия анализа — срок действия не определить',
    en: 'The certificate has no sample date — its validity cannot be determined',
  },
  'validity-ended': {
    ru: 'Срок действия справки истёк',
    en: 'The certificate’s validity has ended',
  },
  'not-yet-valid': {
    ru: 'Справка ещё не вступила в силу — проверьте часы устройства',
    en: 'The certificate is not valid yet — check the device clock',
  },
  revoked: {
    ru: 'Справка отозвана выдавшей её клиникой',
    en: 'The certificate has been revoked by the clinic that issued it',
  },
};

export const admitMessage: Bilingual = {
  ru: 'Допуск разрешён: антитела обнаружены, справка действует',
  en: 'Admit: antibodies detected, the certificate is in force',
};

/** The line for an admission; undefined when the card is not authentic (the verdict speaks). */
export function admissionMessage(admission: Admission): Bilingual | undefined {
  switch (admission.decision) {
    case 'admit':
      return admitMessage;
    case 'not-admit':
      return notAdmittedMessages[admission.reason];
    case 'n/a':
      return undefined;
  }
}
