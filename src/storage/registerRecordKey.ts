/**
 * The envelope member that keeps the register's own version of a record while a local edit of
 * it waits (records.ts registerRecordOf; syncProblems.ts puts it back on a discard).
 */
export const REGISTER_RECORD_KEY = 'registerRecord';
