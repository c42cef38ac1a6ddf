// Pushes of one tablet applied in the order it sent them (issue #14; protocol in
// src/core/protocol/sync.ts, "Pushes in a row"). A tablet sends its next batch before the
// one before it is answered and names that batch's last op as `after`; this push then waits
// here until that op's answer is stored, so a certificate never reaches the rules before
// the person of the batch before it:
//
//   batch 1 (ops a…e)            ──▶ answered, stored, committed
//   batch 2 (ops f…k, after "e") ──▶ waits for batch 1 here ──▶ "e" answered ──▶ applied
//   batch 3 (after "k")          ──▶ waits for batch 2 ──▶ …
//
// Waiting on a push still being answered in this process costs no polling: its end is
// awaited, then the database says whether its answers committed (a push that failed rolled
// back, so its ops have none, and the one after it is refused at once). An `after` no push
// in this process carries — its request still on its way, answered by another register
// process, or never sent — is looked up every `pollMs` until `waitMs` has passed since this
// push arrived, then the push is refused as a whole. A push waits only on pushes that arrived
// before it, so two pushes naming each other cannot wait for ever.

export type PushOrderOptions = {
  /** How long a push waits for an `after` that no push in this process carries. */
  readonly waitMs: number;
  readonly pollMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
};

/** 3 s: the batch before was sent just before this one, on the same link. */
export const PUSH_ORDER_WAIT_MS = 3000;

export type PushTurn<T> = { readonly inTurn: true; readonly value: T } | { readonly inTurn: false };

export type PushOrder = {
  /**
   * Runs `apply` once `after` (when given) is answered for this tablet, as `answered` reads
   * the database; `{inTurn: false}` when it is not, and `apply` never ran.
   */
  inTurn<T>(
    push: {
      readonly tabletId: string;
      readonly opIds: readonly string[];
      readonly after: string | undefined;
    },
    answered: (opId: string) => Promise<boolean>,
    apply: () => Promise<T>,
  ): Promise<PushTurn<T>>;
};

type Running = { readonly opIds: ReadonlySet<string>; readonly done: Promise<void> };

export function pushOrder(options: PushOrderOptions): PushOrder {
  // Per tablet, the pushes this process is answering (or holding), in arrival order.
  const running = new Map<string, Set<Running>>();

  /** The push that arrived before `self` and carries `opId`, if one is still running. */
  const carrierOf = (tabletId: string, self: Running, opId: string): Running | undefined => {
    for (const push of running.get(tabletId) ?? []) {
      if (push === self) return undefined;
      if (push.opIds.has(opId)) return push;
    }
    return undefined;
  };

  const waitFor = async (
    tabletId: string,
    self: Running,
    after: string,
    answered: (opId: string) => Promise<boolean>,
  ): Promise<boolean> => {
    const deadline = options.now() + options.waitMs;
    for (;;) {
      const carrier = carrierOf(tabletId, self, after);
      if (carrier !== undefined) {
        await carrier.done;
        return answered(after);
      }
      if (await answered(after)) return true;
      if (options.now() >= deadline) return false;
      await options.sleep(options.pollMs);
    }
  };

  return {
    async inTurn(push, answered, apply) {
      let finish = () => {};
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const self: Running = { opIds: new Set(push.opIds), done };
      const ofTablet = running.get(push.tabletId) ?? new Set<Running>();
      ofTablet.add(self);
      running.set(push.tabletId, ofTablet);
      try {
        if (push.after !== undefined) {
          const ready = await waitFor(push.tabletId, self, push.after, answered);
          if (!ready) return { inTurn: false };
        }
        return { inTurn: true, value: await apply() };
      } finally {
        ofTablet.delete(self);
        if (ofTablet.size === 0) running.delete(push.tabletId);
        finish();
      }
    },
  };
}
