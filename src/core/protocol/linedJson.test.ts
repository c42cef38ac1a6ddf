import { describe, expect, it, vi } from 'vitest';
import { linedJsonBytes, parseJsonBytes, PIECE_BYTES } from './linedJson';

const encoder = new TextEncoder();

/** A page as the register lays it out (register/sync/pullAnswer.ts): a change a line. */
function linedPage(count: number): string {
  const changes = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      seq: i + 1,
      version: 1,
      record: { kind: 'person', surname: `Иванова-${String(i)}`, note: 'строка\nс переносом' },
    }),
  );
  return `{"protocolVersion":1,"changes":[\n${changes.join(',\n')}\n],"cursor":${String(count)},"hasMore":false}`;
}

describe('a JSON body read from its bytes', () => {
  it('reads a lined page, in pieces of a few lines, as JSON.parse reads its text', () => {
    const text = linedPage(40);
    const bytes = encoder.encode(text);
    // 300 bytes a piece: two or three changes each, so the page goes in many pieces.
    expect(parseJsonBytes(bytes, 300)).toEqual(JSON.parse(text));
    expect(parseJsonBytes(bytes)).toEqual(JSON.parse(text));
  });

  it('never makes a text of the whole lined page', () => {
    const bytes = encoder.encode(linedPage(400));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      parseJsonBytes(bytes, 2048);
      const longest = Math.max(...parse.mock.calls.map(([text]) => text.length));
      expect(parse.mock.calls.length).toBeGreaterThan(10);
      expect(longest).toBeLessThan(2048 + 100);
    } finally {
      parse.mockRestore();
    }
  });

  it('keeps the members in their order, the changes where they stand', () => {
    const read = parseJsonBytes(encoder.encode(linedPage(3)), 100);
    expect(Object.keys(read as object)).toEqual([
      'protocolVersion',
      'changes',
      'cursor',
      'hasMore',
    ]);
  });

  it('reads a line longer than a piece whole', () => {
    const text = linedPage(5);
    expect(parseJsonBytes(encoder.encode(text), 10)).toEqual(JSON.parse(text));
  });

  it('reads bodies not laid out in lines as a whole', () => {
    for (const text of [
      '{"ok":true}',
      '[1,\n2,\n3]',
      '{\n  "changes": [\n    1,\n    2\n  ]\n}',
      '{"changes":[\n1,\n2\n],"changes":[]}',
      '"ё"',
    ]) {
      expect(parseJsonBytes(encoder.encode(text), 4)).toEqual(JSON.parse(text));
    }
  });

  it('refuses what JSON.parse refuses: a missing comma, a comma alone, a trailing comma', () => {
    for (const text of [
      '{"changes":[\n{"a":1}\n{"a":2}\n]}',
      '{"changes":[\n{"a":1},\n,\n{"a":2}\n]}',
      '{"changes":[\n{"a":1},\n{"a":2},\n]}',
      '{"changes":[\n{"a":1},\n{"a":2}\n}',
    ]) {
      expect(() => {
        JSON.parse(text);
      }).toThrow(SyntaxError);
      expect(() => parseJsonBytes(encoder.encode(text), 4)).toThrow(SyntaxError);
    }
  });
});

/** The pieces joined, as the body goes on the wire. */
const joined = (pieces: readonly Uint8Array[]) => Buffer.concat(pieces);

describe('a JSON body written with an array element a line', () => {
  const push = {
    protocolVersion: 1,
    tabletId: 't-1',
    ops: Array.from({ length: 3000 }, (_, i) => ({
      opId: `op-${String(i)}`,
      record: { kind: 'person', surname: `Петрова-${String(i)}`, missing: undefined },
    })),
    backlog: { records: 3000 },
  };

  it('is JSON.stringify of the body, a line break before each element and the bracket', () => {
    const pieces = linedJsonBytes(push, 'ops');
    const text = new TextDecoder().decode(joined(pieces ?? []));
    expect(text.replaceAll('\n', '')).toBe(JSON.stringify(push));
    expect(text.split('\n')).toHaveLength(push.ops.length + 2);
    expect(text.split('\n')[1]).toBe(`${JSON.stringify(push.ops[0])},`);
  });

  it('comes in pieces of about PIECE_BYTES, which the reader takes line by line', () => {
    const pieces = linedJsonBytes(push, 'ops') ?? [];
    // The first line, then the elements: ≈ 250 KB of them in pieces of ≈ 48 K characters.
    expect(pieces.length).toBeGreaterThan(4);
    const longestLine = Math.max(...push.ops.map((op) => JSON.stringify(op).length + 2));
    for (const piece of pieces) {
      // Written by UTF-16 units (the string's size in memory), not bytes.
      expect(new TextDecoder().decode(piece).length).toBeLessThan(PIECE_BYTES + longestLine);
    }
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(parseJsonBytes(joined(pieces), 4096)).toEqual(JSON.parse(JSON.stringify(push)));
      expect(parse.mock.calls.length).toBeGreaterThan(3);
    } finally {
      parse.mockRestore();
    }
  });

  it('writes what JSON.stringify cannot as it does in an array: null', () => {
    const body = { ops: [1, undefined, () => 2] };
    const text = new TextDecoder().decode(joined(linedJsonBytes(body, 'ops') ?? []));
    expect(JSON.parse(text)).toEqual({ ops: [1, null, null] });
  });

  it('is not written so without a non-empty array by that name', () => {
    expect(linedJsonBytes({ ops: [] }, 'ops')).toBeUndefined();
    expect(linedJsonBytes({ ops: 'none' }, 'ops')).toBeUndefined();
    expect(linedJsonBytes([1, 2], 'ops')).toBeUndefined();
    expect(linedJsonBytes(null, 'ops')).toBeUndefined();
  });
});
