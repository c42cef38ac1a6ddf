import type { StaffId } from '../ids';

// Which PINs a tablet forgets when a clinic directory arrives (issue #12). PINs exist only on
// the tablets; an administrator's "reset PIN" at the register stamps the member's
// `pinResetAt`, and the directory carries it, with `disabled: true` for a disabled account:
//
//   previous directory  {"id":"0193…d1","displayName":"…","role":"lab"}
//   new directory       {"id":"0193…d1","displayName":"…","role":"lab",
//                        "pinResetAt":"2026-12-01T09:00:00.000Z"}       → forget d1's PIN
//
// The rule compares the register's stamp with the one this tablet last applied, never with
// the tablet's clock (a PIN's `setAt` is tablet time, and a tablet clock days ahead would
// otherwise keep a reset PIN forever, one behind would drop every new PIN at each sync).
// A PIN set after the tablet applied a reset survives later directories with the same stamp.

/** A directory member, as far as PINs are concerned. */
export type PinRelevantMember = {
  readonly id: StaffId;
  readonly disabled?: boolean | undefined;
  readonly pinResetAt?: string | undefined;
};

/**
 * The members whose PIN the tablet must forget on receiving `next`, given `previous` (the
 * directory it last kept; empty before the first): every disabled member, and every member
 * whose reset stamp differs from the one last kept.
 */
export function pinsToForget(
  previous: readonly PinRelevantMember[],
  next: readonly PinRelevantMember[],
): StaffId[] {
  const applied = new Map(previous.map((member) => [member.id, member.pinResetAt]));
  return next
    .filter(
      (member) =>
        member.disabled === true ||
        (member.pinResetAt !== undefined && member.pinResetAt !== applied.get(member.id)),
    )
    .map((member) => member.id);
}
