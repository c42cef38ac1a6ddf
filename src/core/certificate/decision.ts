// Which certificate a result leads to. Equivocal leads to none: the citizen is retested.
import type { Interpretation } from '../lab/interpret';
import type { Decision } from '../records/certificate';

export function decisionFor(interpretation: Interpretation): Decision | undefined {
  switch (interpretation) {
    case 'detected':
      return 'presence';
    case 'not-detected':
      return 'absence';
    case 'equivocal':
      return undefined;
  }
}
