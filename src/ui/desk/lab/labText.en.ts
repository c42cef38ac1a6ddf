import type { Widen } from '../../i18n/widen';
import type { labTextRu } from './labText.ru';

// English texts of step 3: the sample and the result.
export const labTextEn: Widen<typeof labTextRu> = {
  lab: {
    title: '3. Sample and result',
    notPaid: 'Record the payment first: no result is released before payment.',
    takenAt: 'Sample taken at',
    takenAtInvalid: 'Enter the date and time the sample was taken',
    takenAtFuture: 'The sample time cannot be later than now',
    tubeLabel: 'Tube number (label)',
    tubeLabelMissing: 'Enter the tube number',
    kit: 'Test kit',
    kitMissing: 'Choose a kit from the clinic’s list',
    kitUnknown: 'kit not found in the clinic settings',
    saveSample: 'Record the sample',
    result: 'Result',
    value: 'Value, {{unit}}',
    reading: 'Kit reading',
    interpretation: 'Interpretation',
    kitBounds: 'Threshold: {{threshold}} {{unit}}; grey zone: {{zone}}',
    noGreyZone: 'none',
    qualitativeKit: 'Qualitative kit: choose the reading.',
    saveResult: 'Save the result',
    confirmTitle: 'Check the result before it is recorded',
    confirmContext: 'Tube {{tube}}, test kit {{kit}}',
    confirmFinal:
      'Once confirmed, the result is final and cannot be changed. If the value was typed wrong, press “Change”.',
    confirm: 'Confirm',
    change: 'Change',
    earlierTitle: 'Earlier samples',
    earlierSample: 'Tube {{tube}}, taken {{takenAt}}',
    noResult: 'no result',
    retest: 'Equivocal result: the test must be repeated. No certificate — take a new sample.',
    waitingSample: 'The lab records the sample.',
    waitingResult: 'The lab enters the result.',
  },
  reading: {
    positive: 'Positive',
    negative: 'Negative',
    equivocal: 'Equivocal',
  },
};
