import { describe, expect, it } from 'vitest';
import { SYNC_PROTOCOL_VERSION } from '../../core/protocol/sync';
import type { PullPage } from './pullAnswer';
import { pullAnswerBytes } from './pullAnswer';

const person = { kind: 'person', id: '0193a0b0-0000-7000-8000-000000000001', surname: 'Иванова' };

/** What the route sent before: the page with its records parsed, serialised whole. */
function parsedThenSerialised(page: PullPage): string {
  return JSON.stringify({
    ...page,
    changes: page.changes.map((row) => ({
      seq: row.seq,
      version: row.version,
      record: JSON.parse(Buffer.from(row.body).toString('utf8')) as unknown,
    })),
  });
}

describe('the pull answer with the stored records set in', () => {
  it('reads exactly as the page serialised with its records parsed, a change a line', () => {
    const page: PullPage = {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      changes: [
        { seq: 11, version: 1, body: Buffer.from(JSON.stringify(person)) },
        {
          seq: 12,
          version: 3,
          body: Buffer.from(JSON.stringify({ ...person, surname: 'Петрова "А"' })),
        },
      ],
      cursor: 12,
      hasMore: true,
      remaining: 4,
      restoring: true,
    };
    const text = pullAnswerBytes(page).toString('utf8');
    expect(text.replaceAll('\n', '')).toBe(parsedThenSerialised(page));
    expect(text.split('\n')).toEqual([
      `{"protocolVersion":${String(SYNC_PROTOCOL_VERSION)},"changes":[`,
      `{"seq":11,"version":1,"record":${JSON.stringify(person)}},`,
      `{"seq":12,"version":3,"record":${JSON.stringify({ ...person, surname: 'Петрова "А"' })}}`,
      '],"cursor":12,"hasMore":true,"remaining":4,"restoring":true}',
    ]);
  });

  it('reads so for an empty last page too, on one line', () => {
    const page: PullPage = {
      protocolVersion: SYNC_PROTOCOL_VERSION,
      changes: [],
      cursor: 40,
      hasMore: false,
      remaining: 0,
    };
    expect(pullAnswerBytes(page).toString('utf8')).toBe(parsedThenSerialised(page));
    expect(JSON.parse(pullAnswerBytes(page).toString('utf8'))).toEqual({
      protocolVersion: SYNC_PROTOCOL_VERSION,
      changes: [],
      cursor: 40,
      hasMore: false,
      remaining: 0,
    });
  });
});
