// The certificates the decode benchmark photographs: real cards, issued by core's
// issueHealthCard and signed ES256 with a WebCrypto key, for varied people, tests and results.
// ECDSA signatures differ on every signing, so the set is issued once and kept in
// bench/fixtures/decode-cards.json; the images made from it are then the same on every run.
// `npx tsx bench/decode.ts --reissue` issues a new set (e.g. after the card format changes).
//
// File format (one JWS per card, and the public key that verifies them all):
//   {"issuer":"https://reg.kamchatka.example/shc","publicJwk":{"kty":"EC",…,"kid":"…"},
//    "cards":["eyJ6aXAiOiJERUYiLCJhbGciOiJFUzI1NiIsImtpZCI6Ij…"]}
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { z } from 'zod';
import { issueHealthCard, ridFromBytes } from '../src/core/shc/issueCard';
import type { CertificatePatient } from '../src/core/shc/certificateBundle';
import { ANTIBODY_TESTS, DETECTED, NOT_DETECTED } from '../src/core/shc/valueSets';
import { certificateInput, makeTestIssuer, TEST_ISSUER } from '../tests/fixtures/shc/testIssuer';
import type { Rng } from '../tests/fixtures/shc/fuzzCards';

export const CARDS_FILE = fileURLToPath(new URL('./fixtures/decode-cards.json', import.meta.url));

const cardSetSchema = z.object({
  issuer: z.string(),
  publicJwk: z.record(z.string(), z.unknown()),
  cards: z.array(z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)).min(1),
});

export type CardSet = z.infer<typeof cardSetSchema>;

export function loadCardSet(file = CARDS_FILE): CardSet {
  return cardSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

// Names as the desk writes them: Latin as in the passport, Cyrillic where it fits the card.
const PEOPLE: readonly CertificatePatient[] = [
  {
    familyLatin: 'IVANOVA',
    givenLatin: ['ANNA'],
    familyCyrillic: 'Иванова',
    givenCyrillic: ['Анна', 'Сергеевна'],
    birthDate: '1985-03-14',
  },
  {
    familyLatin: 'PETROV',
    givenLatin: ['IVAN'],
    familyCyrillic: 'Петров',
    givenCyrillic: ['Иван', 'Петрович'],
    birthDate: '1970-01-02',
  },
  {
    familyLatin: 'KONSTANTINOPOLSKAIA',
    givenLatin: ['EKATERINA'],
    familyCyrillic: 'Константинопольская',
    givenCyrillic: ['Екатерина', 'Александровна'],
    birthDate: '1962-11-30',
  },
  {
    familyLatin: 'KIM',
    givenLatin: ['OLEG'],
    familyCyrillic: 'Ким',
    givenCyrillic: ['Олег'],
    birthDate: '1999-07-07',
  },
  {
    familyLatin: 'SHCHERBAKOV',
    givenLatin: ['MIKHAIL'],
    familyCyrillic: 'Щербаков',
    givenCyrillic: ['Михаил', 'Юрьевич'],
    birthDate: '1954-05-21',
  },
  {
    familyLatin: 'ETTYNE',
    givenLatin: ['VALENTINA'],
    familyCyrillic: 'Эттынэ',
    givenCyrillic: ['Валентина'],
    birthDate: '1988-02-29',
  },
  { familyLatin: 'SMITH', givenLatin: ['JOHN', 'PAUL'], birthDate: '1975' },
];

const CLINICS = ['ГБУЗ КККБ', 'ГБУЗ КГП № 3', 'ГБУЗ Камчатский краевой кардиологический диспансер'];

function pick<T>(random: Rng, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Issues `count` cards with a fresh key; the choices of content come from `random`. */
export async function issueCardSet(count: number, random: Rng): Promise<CardSet> {
  const issuer = await makeTestIssuer();
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const sampled = Date.parse('2026-11-01T00:00:00Z') + Math.floor(random() * 30) * 86_400_000;
    const nbf = sampled / 1000 + 86_400;
    const ridBytes = Uint8Array.from({ length: 8 }, () => Math.floor(random() * 256));
    const input = certificateInput({
      patient: pick(random, PEOPLE),
      test: {
        loinc: pick(random, ANTIBODY_TESTS),
        result: random() < 0.7 ? DETECTED : NOT_DETECTED,
        effectiveDateTime: new Date(sampled).toISOString().slice(0, 10),
        performer: pick(random, CLINICS),
      },
      issuer: TEST_ISSUER,
      nbf,
      exp: nbf + 183 * 86_400,
      rid: ridFromBytes(ridBytes),
    });
    const issued = await issueHealthCard(input, issuer.publicJwk.kid, issuer.sign);
    if (!issued.ok) throw new Error(`could not issue benchmark card ${i}: ${issued.reason}`);
    cards.push(issued.value.jws);
  }
  return { issuer: TEST_ISSUER, publicJwk: { ...issuer.publicJwk }, cards };
}

/** Written as `npm run format:check` expects, so a reissue leaves the tree clean. */
export async function saveCardSet(set: CardSet, file = CARDS_FILE): Promise<void> {
  writeFileSync(file, await format(JSON.stringify(set), { parser: 'json' }));
}
