import { describe, expect, it } from 'vitest';
import type { SampleId } from '../core/ids';
import {
  exampleApplication,
  exampleCertificate,
  exampleContract,
  examplePerson,
  exampleResult,
  exampleRevocation,
  exampleSample,
} from '../core/records/examples';
import type { RecordSync } from '../storage/database';
import type { DeskStatement } from './queries';
import { statementFacts, worstSync } from './statementStage';

const pending: RecordSync = { state: 'pending', version: 0 };
const synced: RecordSync = { state: 'synced', version: 1 };
const stored = <R>(record: R, sync: RecordSync = synced) => ({ record, sync });

function statement(overrides: Partial<DeskStatement> = {}): DeskStatement {
  return {
    application: stored(exampleApplication()),
    person: stored(examplePerson()),
    contracts: [],
    samples: [],
    results: [],
    certificates: [],
    revocations: [],
    ...overrides,
  };
}

describe('the stage of an application', () => {
  it('walks registered → paid → sampled → resulted → certified', () => {
    expect(statementFacts(statement()).stage).toBe('registered');
    const unpaid = [
      stored(exampleContract({ status: 'draft', paidAt: undefined, receiptNumber: undefined })),
    ];
    expect(statementFacts(statement({ contracts: unpaid })).stage).toBe('registered');
    const contracts = [stored(exampleContract())];
    expect(statementFacts(statement({ contracts })).stage).toBe('paid');
    const samples = [stored(exampleSample())];
    expect(statementFacts(statement({ contracts, samples })).stage).toBe('sampled');
    const results = [stored(exampleResult())];
    expect(statementFacts(statement({ contracts, samples, results })).stage).toBe('resulted');
    const certificates = [stored(exampleCertificate())];
    expect(statementFacts(statement({ contracts, samples, results, certificates })).stage).toBe(
      'certified',
    );
  });

  it('does not count a refunded contract as paid', () => {
    const refunded = exampleContract({
      status: 'refunded',
      cancelReason: 'Отказ',
      cancelledAt: '2026-11-20T01:00:00.000Z',
    });
    const facts = statementFacts(statement({ contracts: [stored(refunded)] }));
    expect(facts.paid).toBe(false);
    expect(facts.contract).toBeUndefined();
  });

  it('shows a withdrawn statement as cancelled, even after a refunded payment', () => {
    const application = stored(
      exampleApplication({
        status: 'cancelled',
        cancelReason: 'Передумала',
        cancelledAt: '2026-11-20T01:10:00.000Z',
      }),
    );
    const refunded = exampleContract({
      status: 'refunded',
      cancelReason: 'Отказ',
      cancelledAt: '2026-11-20T01:00:00.000Z',
    });
    expect(statementFacts(statement({ application })).stage).toBe('cancelled');
    const facts = statementFacts(statement({ application, contracts: [stored(refunded)] }));
    expect([facts.stage, facts.paid]).toEqual(['cancelled', false]);
  });

  it('reads the result of the latest sample only, so a retest starts over', () => {
    const retest = exampleSample({ id: '0193a0b0-0000-7000-8000-0000000000aa' as SampleId });
    const facts = statementFacts(
      statement({
        contracts: [stored(exampleContract())],
        samples: [stored(exampleSample()), stored(retest)],
        results: [stored(exampleResult({ interpretation: 'equivocal' }))],
      }),
    );
    expect(facts.sample?.id).toBe(retest.id);
    expect(facts.result).toBeUndefined();
    expect(facts.stage).toBe('sampled');
  });

  it('drops a revoked certificate and ignores duplicates', () => {
    const certificates = [stored(exampleCertificate())];
    const facts = statementFacts(
      statement({ certificates, revocations: [stored(exampleRevocation())] }),
    );
    expect(facts.certificate).toBeUndefined();
  });

  it('drops a certificate the register refused for good, whose card it voided, but not a curable one', () => {
    const contracts = [stored(exampleContract())];
    const samples = [stored(exampleSample())];
    const results = [stored(exampleResult())];
    const refused = (reason: string) =>
      statementFacts(
        statement({
          contracts,
          samples,
          results,
          certificates: [stored(exampleCertificate(), { state: 'rejected', version: 0, reason })],
        }),
      );
    const voided = refused('certificate-contradicts-result');
    expect(voided.certificate).toBeUndefined();
    expect(voided.stage).toBe('resulted');
    expect(refused('certificate-checklist-failed').stage).toBe('certified');
  });

  it('ends the case when the certificate is revoked for fraud or at the citizen’s wish', () => {
    const given = {
      contracts: [stored(exampleContract())],
      samples: [stored(exampleSample())],
      results: [stored(exampleResult())],
      certificates: [stored(exampleCertificate())],
    };
    for (const reason of ['fraud', 'withdrawn-by-citizen'] as const) {
      const revocation = exampleRevocation({ reason, note: 'Подложный паспорт' });
      const facts = statementFacts(statement({ ...given, revocations: [stored(revocation)] }));
      expect({ reason, stage: facts.stage, revocation: facts.revocation }).toEqual({
        reason,
        stage: 'revoked',
        revocation,
      });
    }
    // Revoked as wrong, or by its correction: the case waits for the right certificate.
    for (const reason of ['error', 'correction'] as const) {
      const revocations = [stored(exampleRevocation({ reason }))];
      const facts = statementFacts(statement({ ...given, revocations }));
      expect({ reason, stage: facts.stage, revocation: facts.revocation }).toEqual({
        reason,
        stage: 'resulted',
        revocation: undefined,
      });
    }
  });

  it('reports the worst sync state among the records', () => {
    expect(
      statementFacts(statement({ contracts: [stored(exampleContract(), pending)] })).sync,
    ).toBe('pending');
    expect(worstSync(['synced', 'rejected', 'pending'])).toBe('rejected');
    expect(worstSync([])).toBe('synced');
  });
});
