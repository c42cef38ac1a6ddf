import { describe, expect, it } from 'vitest';
import type { CertificateId } from '../../../core/ids';
import type { TransferItemView } from '../../../core/protocol/transferState';
import type { CertificateTransferStatus } from '../../../desk/certificateTransfer';
import { certificateTransferText } from './certificateTransferText';

// The line beside a certificate, in both languages, for every state the register can give.

const C1 = '0193a0b0-0000-7000-8000-0000000000c1' as CertificateId;
const KAMCHATKA = 720;

function item(overrides: Partial<TransferItemView>): TransferItemView {
  return {
    event: 'issued',
    state: 'queued',
    queuedAt: '2026-11-30T20:00:00.000Z',
    settledAt: null,
    externalId: null,
    reason: null,
    ...overrides,
  };
}

function fresh(
  items: readonly TransferItemView[],
  options: { known?: boolean; federalTransfer?: boolean } = {},
): CertificateTransferStatus {
  return {
    answer: {
      at: '2026-12-01T09:30:00.000Z',
      federalTransfer: options.federalTransfer ?? true,
      certificate: { id: C1, known: options.known ?? true, items: [...items] },
    },
    failure: undefined,
  };
}

const ACCEPTED = item({
  state: 'accepted',
  // 23:10 UTC on 30 November is 1 December in Kamchatka.
  settledAt: '2026-11-30T23:10:00.000Z',
  externalId: 'EGISZ-42',
});

describe('the transfer line of a certificate', () => {
  it('says when and under which number the federal register accepted it, in the clinic’s date', () => {
    expect(certificateTransferText(fresh([ACCEPTED]), KAMCHATKA)).toEqual({
      ru: 'передано в федеральный регистр 01.12.2026, № EGISZ-42',
      en: 'transferred to the federal register on 01.12.2026, No. EGISZ-42',
    });
  });

  it.each([
    ['queued', 'ожидает передачи'],
    ['sent', 'ожидает передачи'],
    ['failed', 'ошибка передачи, будет повторено'],
  ] as const)('says a %s certificate %s', (state, ru) => {
    expect(certificateTransferText(fresh([item({ state })]), KAMCHATKA).ru).toBe(ru);
  });

  it('gives the receiver’s reason for a rejection', () => {
    const rejected = item({ state: 'rejected', reason: 'HTTP 422: СНИЛС не найден' });
    expect(certificateTransferText(fresh([rejected]), KAMCHATKA)).toEqual({
      ru: 'отклонено: HTTP 422: СНИЛС не найден',
      en: 'rejected: HTTP 422: СНИЛС не найден',
    });
  });

  it('adds the revocation’s own transfer state after the certificate’s', () => {
    const revoked = item({ event: 'revoked', state: 'queued' });
    expect(certificateTransferText(fresh([ACCEPTED, revoked]), KAMCHATKA)).toEqual({
      ru: 'передано в федеральный регистр 01.12.2026, № EGISZ-42; отзыв: ожидает передачи',
      en: 'transferred to the federal register on 01.12.2026, No. EGISZ-42; revocation: awaiting transfer',
    });
  });

  it('says the certificate has not reached the register when the register does not know it', () => {
    expect(certificateTransferText(fresh([], { known: false }), KAMCHATKA).ru).toBe(
      'ожидает передачи: справка ещё не дошла до регистра',
    );
  });

  it('says the transfer is not switched on, but keeps an earlier acceptance true', () => {
    expect(certificateTransferText(fresh([], { federalTransfer: false }), KAMCHATKA)).toEqual({
      ru: 'передача в федеральный регистр в клинике не включена',
      en: 'transfer to the federal register is not switched on for this clinic',
    });
    expect(
      certificateTransferText(fresh([ACCEPTED], { federalTransfer: false }), KAMCHATKA).ru,
    ).toBe('передано в федеральный регистр 01.12.2026, № EGISZ-42');
  });

  it('offline, shows the kept answer with the register’s time of it', () => {
    const kept = { ...fresh([ACCEPTED]), failure: 'offline' } as const;
    expect(certificateTransferText(kept, KAMCHATKA)).toEqual({
      ru: 'по данным на 01.12.2026 21:30: передано в федеральный регистр 01.12.2026, № EGISZ-42',
      en: 'as of 01.12.2026 21:30: transferred to the federal register on 01.12.2026, No. EGISZ-42',
    });
  });

  it('offline with nothing kept, says the state is unknown for want of a connection', () => {
    expect(certificateTransferText({ answer: undefined, failure: 'network' }, KAMCHATKA)).toEqual({
      ru: 'состояние передачи неизвестно: нет связи с регистром',
      en: 'transfer state unknown: no connection to the register',
    });
    expect(
      certificateTransferText({ answer: undefined, failure: 'tablet-withdrawn' }, KAMCHATKA).ru,
    ).toBe('состояние передачи неизвестно: планшет отозван в регистре');
  });
});
