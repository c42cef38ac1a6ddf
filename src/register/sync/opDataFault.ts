// Which database errors are the fault of one pushed op's data, so that op alone is refused
// and the rest of its batch goes on (pushOps.ts), rather than the whole request failing and
// the same op blocking the tablet's outbox on every retry: PostgreSQL's integrity violations
// (SQLSTATE class 23: unique, foreign key, check, not null) and text it cannot store (22021,
// 22P05); SQLite's SQLITE_CONSTRAINT_*. Both leave the transaction usable once rolled back to
// the op's savepoint. Errors of the database itself (gone, busy, disk full) are not among
// them: those fail the request, and the tablet retries it whole.

const POSTGRES_DATA_FAULT = /^(23...|22021|22P05)$/;
const SQLITE_DATA_FAULT = /^SQLITE_CONSTRAINT/;

export function isOpDataFault(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return false;
  }
  return POSTGRES_DATA_FAULT.test(error.code) || SQLITE_DATA_FAULT.test(error.code);
}
