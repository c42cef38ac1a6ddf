// Admission: may the holder of an authentic card enter, under the region's policy.
export {
  antibodyClassOfLoinc,
  CARD_ANTIBODY_CLASSES,
  type CardAntibodyClass,
} from './antibodyClass';
export {
  decideAdmission,
  lastAdmittedDay,
  sampleDateOf,
  type Admission,
  type AdmissionInput,
  type NotAdmittedReason,
} from './decideAdmission';
export { admissionMessage, admitMessage, notAdmittedMessages } from './admissionMessages';
export {
  admissionPolicySchema,
  DEFAULT_ADMISSION_POLICY,
  parseAdmissionPolicy,
  type AdmissionPolicy,
} from './policy';
