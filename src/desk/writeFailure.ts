// Why a desk write can be refused by the tablet's own storage (a role that may not write the
// record kind, a record that fails its schema, a numbering clash), with ru+en messages.
// Every command's failure union includes these.
export type { WriteFailure } from '../storage/records';
export { WRITE_MESSAGES } from '../storage/records';
