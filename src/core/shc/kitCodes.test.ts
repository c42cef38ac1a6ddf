// Every LOINC code a clinic kit can map to must be issuable and verify as an antibody test:
// the kit list (core/lab/loinc.ts) and the card codec share one list of codes.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  ISSUED_AT,
  makeTestIssuer,
  subtle,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import type { AntibodyLoinc } from '../lab/loinc';
import { ANTIBODY_LOINC } from '../lab/loinc';
import { issueHealthCard } from './issueCard';
import { verifyHealthCard } from './verifyHealthCard';

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
});

describe('the antibody test codes of clinic kits', () => {
  it.each(Object.keys(ANTIBODY_LOINC) as AntibodyLoinc[])(
    'issues and verifies a card coded %s as an antibody test',
    async (loinc) => {
      const base = certificateInput();
      const issued = await issueHealthCard(
        { ...base, test: { ...base.test, loinc } },
        issuer.publicJwk.kid,
        issuer.sign,
      );
      if (!issued.ok) throw new Error(issued.reason);
      const answer = await verifyHealthCard(issued.value.jws, {
        subtle,
        trust: issuer.trust(),
        now: ISSUED_AT,
      });
      expect(answer).toMatchObject({ verdict: 'valid', kind: 'antibody-test' });
      expect(answer.result?.loinc).toBe(loinc);
    },
  );
});
