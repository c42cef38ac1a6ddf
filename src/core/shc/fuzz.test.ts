import { describe, expect, it } from 'vitest';
import { fuzzSetup, runFuzz } from '../../../tests/fixtures/shc/fuzzCards';

describe('verifying 10,000 mutated and random inputs (seeded)', () => {
  it('lets no exception escape, never hangs, and finds nothing tampered valid', async () => {
    const report = await runFuzz(await fuzzSetup(), 10_000, 20261126);
    expect(report.escapes).toEqual([]);
    expect(report.tamperedValid).toEqual([]);
    expect(report.slowestMs).toBeLessThan(1_000);
    // The mutations must reach deep steps, not just fail recognition.
    expect(Object.keys(report.outcomes).length).toBeGreaterThan(15);
    expect(report.outcomes['bad-signature/signature-invalid'] ?? 0).toBeGreaterThan(100);
  }, 60_000);
});
