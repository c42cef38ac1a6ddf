import type { Widen } from '../../i18n/widen';
import type { interventionTextRu } from './interventionText.ru';

// The English translation of the ИДС, printed under each Russian passage on an English desk.
export const interventionTextEn: Widen<typeof interventionTextRu> = {
  title: 'INFORMED VOLUNTARY CONSENT',
  subtitle: 'to a medical intervention — a venous blood draw',
  signer:
    'I, {{name}}, born {{born}}, address: {{address}}, {{document}}, give my informed voluntary consent to a medical intervention at {{clinic}}:',
  signerForMinor:
    'I, {{name}}, born {{born}}, address: {{address}}, {{document}}, legal representative ({{basis}}; document: {{basisDocument}}) of the minor {{minor}}, born {{minorBorn}}, give my informed voluntary consent to a medical intervention on them at {{clinic}}:',
  intervention:
    'drawing venous blood from a peripheral vein (venepuncture) for a laboratory test for antibodies to SARS-CoV-2.',
  purpose:
    'Purpose: to find out whether antibodies to SARS-CoV-2 are present and, on request, to issue a certificate of their presence or absence. The test is not treatment and is done by choice.',
  method:
    'How: about 5 ml of blood is drawn with a single-use sterile needle from a vein at the elbow into a vacuum tube; it takes a few minutes.',
  risks:
    'Possible effects and risks: pain at the puncture, a bruise (haematoma), dizziness, weakness, rarely fainting, very rarely inflammation at the puncture. Press on the puncture for 5 minutes afterwards.',
  alternatives:
    'Alternatives: the test at another time or at another medical organisation; no test. If refused: no test is done and no certificate is issued.',
  refusal:
    'I have been told that I may refuse the intervention or ask for it to be stopped (Art. 20(3) of Federal Law No. 323-FZ of 21.11.2011 "On the Fundamentals of Health Protection of Citizens in the Russian Federation"), and may withdraw this consent.',
  explained:
    'The purpose, method, risks, options and consequences were explained to me by a medical worker in a form I understand; my questions were answered.',
  signatureOf: '{{name}} — signature',
  worker: 'Medical worker (position, name, signature)',
  date: 'Date: {{date}}',
  document: '{{type}} {{number}}, issued on {{date}} by {{issuer}}',
};
