import type { RejectedProblem } from '../../../desk/problems';

// A refused record saved as a file before anyone discards it, so nothing typed is lost:
//
//   serodesk-person-0193a0b0-….json
//   {"savedAt":"2026-11-26T10:15:00.000Z","kind":"person","recordId":"0193…",
//    "reason":"unknown-author","detail":"…" (when the register gave one),
//    "sent":{…the record as queued…},"registerRecord":{…}|null}

export function refusedRecordFile(
  problem: RejectedProblem,
  now: Date,
): { readonly name: string; readonly text: string } {
  const content = {
    savedAt: now.toISOString(),
    kind: problem.kind,
    recordId: problem.recordId,
    reason: problem.reasonCode,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    sent: problem.sent,
    registerRecord: problem.registerRecord ?? null,
  };
  return {
    name: `serodesk-${problem.kind}-${problem.recordId}.json`,
    text: `${JSON.stringify(content, null, 2)}\n`,
  };
}
