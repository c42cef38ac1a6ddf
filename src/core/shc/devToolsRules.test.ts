// Conformance with the SMART Health Cards dev-tools validator, offline: the rules it applies
// to a lab card (restated in tests/fixtures/cards/devToolsRules.ts, which names the dev-tools
// source file of each: qr.ts, jws-compact.ts, jws-payload.ts, crl-validator.ts, fhirBundle.ts,
// shcKeyValidator.ts) must find no error and no warning in a card our issuing code makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  ISSUED_AT,
  makeTestIssuer,
  signRaw,
  subtle,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import {
  checkCardWithDevToolsRules,
  checkKeySet,
  DEV_TOOLS_COVID_LOINC,
} from '../../../tests/fixtures/cards/devToolsRules';
import { buildCardPayload, issueHealthCard } from './issueCard';
import { toQrSegments } from './qrSegments';
import { ANTIBODY_TESTS, DETECTED, NOT_DETECTED } from './valueSets';

const CARDS = 'tests/fixtures/cards';
const fixture = (name: string) => readFileSync(join(CARDS, name), 'utf8').trimEnd();
const fixtureKeySet = JSON.parse(fixture('issuer/.well-known/jwks.json')) as {
  keys: Record<string, unknown>[];
};
const fixtureAt = Date.parse((JSON.parse(fixture('context.json')) as { at: string }).at);

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
});

const keySet = () => ({ keys: [{ ...issuer.publicJwk }] });

function qrOf(jws: string): string {
  const plan = toQrSegments(jws);
  if (!plan.ok) throw new Error(plan.reason);
  return plan.value.text;
}

async function issued(overrides: Parameters<typeof certificateInput>[0] = {}): Promise<string> {
  const card = await issueHealthCard(
    certificateInput(overrides),
    issuer.publicJwk.kid,
    issuer.sign,
  );
  if (!card.ok) throw new Error(card.reason);
  return qrOf(card.value.jws);
}

describe('a card we issue, checked by the SHC dev-tools rules', () => {
  it.each(['presence.txt', 'absence.txt'])(
    'finds nothing wrong with the committed %s or its issuer’s key set',
    async (file) => {
      expect(
        await checkCardWithDevToolsRules(subtle, fixture(file), fixtureKeySet, fixtureAt),
      ).toEqual([]);
      expect(await checkKeySet(subtle, fixtureKeySet)).toEqual([]);
    },
  );

  it.each([DETECTED, NOT_DETECTED] as const)(
    'finds nothing wrong with a fresh IgG card, result %s',
    async (result) => {
      const qr = await issued({ test: { ...certificateInput().test, result } });
      expect(await checkCardWithDevToolsRules(subtle, qr, keySet(), ISSUED_AT)).toEqual([]);
    },
  );

  it('finds nothing wrong with a card that has no Cyrillic name, or a date-time sample', async () => {
    const base = certificateInput();
    const latinOnly = await issued({
      patient: { familyLatin: 'IVANOVA', givenLatin: ['ANNA'], birthDate: '1985-03' },
      test: { ...base.test, effectiveDateTime: '2026-11-19T09:30:00+12:00' },
    });
    expect(await checkCardWithDevToolsRules(subtle, latinOnly, keySet(), ISSUED_AT)).toEqual([]);
  });

  it('carries #health-card, #laboratory and #covid19 in vc.type', () => {
    expect(buildCardPayload(certificateInput()).vc.type).toEqual([
      'https://smarthealth.cards#health-card',
      'https://smarthealth.cards#laboratory',
      'https://smarthealth.cards#covid19',
    ]);
  });

  it('would draw the two warnings of the issue if vc.type held only #health-card', async () => {
    const payload = buildCardPayload(certificateInput());
    const onlyHealthCard = { ...payload, vc: { ...payload.vc, type: [payload.vc.type[0]] } };
    const jws = await signRaw(
      issuer,
      { alg: 'ES256', zip: 'DEF', kid: issuer.publicJwk.kid },
      deflateSync(new TextEncoder().encode(JSON.stringify(onlyHealthCard))),
    );
    const findings = await checkCardWithDevToolsRules(subtle, qrOf(jws), keySet(), ISSUED_AT);
    expect(
      findings.map((f) => [f.level, f.source, /#laboratory|#covid19/.exec(f.message)?.[0]]),
    ).toEqual([
      ['warning', 'jws-payload.ts', '#laboratory'],
      ['warning', 'jws-payload.ts', '#covid19'],
    ]);
  });

  it('flags a Coding display and a resource id with warnings, as dev-tools does', async () => {
    const payload = buildCardPayload(certificateInput());
    const [patient, observation] = payload.vc.credentialSubject.fhirBundle['entry'] as [
      { resource: Record<string, unknown> },
      { resource: { code: { coding: Record<string, unknown>[] } } },
    ];
    patient.resource['id'] = 'p1';
    observation.resource.code.coding[0] = {
      ...observation.resource.code.coding[0],
      display: 'IgG',
    };
    const header = { alg: 'ES256', zip: 'DEF', kid: issuer.publicJwk.kid };
    const raw = deflateSync(new TextEncoder().encode(JSON.stringify(payload)));
    const findings = await checkCardWithDevToolsRules(
      subtle,
      qrOf(await signRaw(issuer, header, raw)),
      keySet(),
      ISSUED_AT,
    );
    expect(findings.map((f) => [f.level, f.source])).toEqual([
      ['warning', 'fhirBundle.ts'],
      ['warning', 'fhirBundle.ts'],
    ]);
  });

  // dev-tools' list of COVID-19 LOINC codes predates some antibody codes of the SHC value set;
  // for those (e.g. 99597-7, 95411-5) it would warn that #covid19 is unexpected. That is the
  // tool's old list, not the card: we keep #covid19 on every antibody card (docs/SHC.md).
  it.each(ANTIBODY_TESTS.filter((loinc) => DEV_TOOLS_COVID_LOINC.has(loinc)))(
    'finds nothing wrong with a card for LOINC %s, which dev-tools knows as a COVID-19 test',
    async (loinc) => {
      const qr = await issued({ test: { ...certificateInput().test, loinc } });
      expect(await checkCardWithDevToolsRules(subtle, qr, keySet(), ISSUED_AT)).toEqual([]);
    },
  );
});
