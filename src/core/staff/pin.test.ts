import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../shc/base64url';
import type { Pin } from './pin';
import { PIN_ITERATIONS, PIN_MESSAGES, checkPin, hashPin, isPinHash, verifyPin } from './pin';

const subtle = globalThis.crypto.subtle;
/** Counting bytes, so two hashes made by a test have known, different salts. */
function countingRandom(start: number) {
  let next = start;
  return (length: number) => Uint8Array.from({ length }, () => next++ & 0xff);
}
// Few rounds keep the tests fast; the stored count is what verification uses.
const FAST = 1_000;

describe('PIN rules', () => {
  it.each([
    ['', 'pin-empty'],
    ['12a4', 'pin-not-digits'],
    ['12 45', 'pin-not-digits'],
    ['１２３９', 'pin-not-digits'],
    ['739', 'pin-too-short'],
    ['739182645', 'pin-too-long'],
    ['0000', 'pin-one-digit'],
    ['77777777', 'pin-one-digit'],
    ['1234', 'pin-simple-run'],
    ['4321', 'pin-simple-run'],
    ['0123', 'pin-simple-run'],
    ['7890', 'pin-simple-run'],
    ['3210', 'pin-simple-run'],
    ['0987', 'pin-simple-run'],
    ['23456789', 'pin-simple-run'],
  ])('refuses %j with %s', (input, reason) => {
    expect(checkPin(input)).toEqual({ ok: false, reason });
  });

  it.each(['4829', '1122', '13579', '12341234', '8901', '0007'])('accepts %j', (input) => {
    expect(checkPin(input)).toEqual({ ok: true, value: input });
  });

  it('has a Russian and an English message for every reason', () => {
    for (const message of Object.values(PIN_MESSAGES)) {
      expect(message.ru).not.toBe('');
      expect(message.en).not.toBe('');
    }
  });
});

function pin(text: string): Pin {
  const checked = checkPin(text);
  if (!checked.ok) throw new Error(`test PIN ${text} breaks the rules: ${checked.reason}`);
  return checked.value;
}

describe('PIN hashing', () => {
  it('stores the scheme, the iteration count, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(0) });
    const [scheme, iterations, salt, key] = stored.split('$');
    expect(scheme).toBe('pbkdf2-sha256');
    expect(Number(iterations)).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(300_000);
    const saltBytes = decodeBase64Url(salt ?? '');
    expect(saltBytes.ok && [...saltBytes.value]).toEqual([...Array(16).keys()]);
    const keyBytes = decodeBase64Url(key ?? '');
    expect(keyBytes.ok && keyBytes.value.length).toBe(32);
    expect(isPinHash(stored)).toBe(true);
  });

  it('gives the PBKDF2-SHA-256 bytes that Node computes for the same PIN, salt and count', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(7) }, FAST);
    const salt = Uint8Array.from({ length: 16 }, (_, i) => 7 + i);
    const expected = pbkdf2Sync('4829', salt, FAST, 32, 'sha256').toString('base64url');
    expect(stored.split('$')[3]).toBe(expected);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(1) }, FAST);
    expect(await verifyPin('4829', stored, subtle)).toBe(true);
    expect(await verifyPin('4828', stored, subtle)).toBe(false);
    expect(await verifyPin('48290', stored, subtle)).toBe(false);
    expect(await verifyPin('', stored, subtle)).toBe(false);
  });

  it('salts every hash, so one PIN set twice gives two different hashes', async () => {
    const first = await hashPin(pin('4829'), { subtle, random: countingRandom(1) }, FAST);
    const second = await hashPin(pin('4829'), { subtle, random: countingRandom(100) }, FAST);
    expect(first).not.toBe(second);
    expect(await verifyPin('4829', second, subtle)).toBe(true);
  });

  it('uses the iteration count stored with the hash, not the current default', async () => {
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(1) }, 2_000);
    expect(stored.split('$')[1]).toBe('2000');
    expect(await verifyPin('4829', stored, subtle)).toBe(true);
    const tampered = stored.replace('$2000$', '$2001$');
    expect(await verifyPin('4829', tampered, subtle)).toBe(false);
  });

  it('refuses a stored hash in a form it does not know instead of throwing', async () => {
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(1) }, FAST);
    for (const broken of [
      '',
      'plain-4829',
      stored.replace('pbkdf2-sha256', 'pbkdf2-sha1'),
      stored.slice(0, -1),
      stored.replace(/\$\d+\$/, '$0$'),
    ]) {
      expect(isPinHash(broken)).toBe(false);
      expect(await verifyPin('4829', broken, subtle)).toBe(false);
    }
  });

  it('refuses a tampered derived key', async () => {
    const stored = await hashPin(pin('4829'), { subtle, random: countingRandom(1) }, FAST);
    const last = stored.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${stored.slice(0, -2)}${last}${stored.slice(-1)}`;
    expect(await verifyPin('4829', tampered, subtle)).toBe(false);
  });
});
