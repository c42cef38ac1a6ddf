// JSON bodies of the sync protocol laid out a large array's element a line, and read or
// written in pieces (issue #14). A pull page has each change on a line of its own
// (register/sync/pullAnswer.ts), a push each op:
//
//   {"protocolVersion":1,"changes":[
//   {"seq":11,"version":1,"record":{"kind":"person",…}},
//   {"seq":12,"version":3,"record":{"kind":"person",…}}
//   ],"cursor":12,"hasMore":true,"remaining":4}
//
// It is one JSON document, and any JSON reader reads it so. As one text, though, a page of
// 1,000 persons is a string of 1.4 MB (UTF-16: the names are Cyrillic), and V8 is slow to
// turn a string that large into UTF-8 bytes or back: in Node on the benchmark's machine,
// decoding a page took ≈ 6 ms and parsing it ≈ 2, where its changes in pieces of at most
// PIECE_BYTES take ≈ 2 and ≈ 4; encoding a push of 1,000 took ≈ 11 ms as one text and ≈ 3
// in pieces. A body not laid out so is read whole, as before.

/**
 * Bytes of elements read at once, or UTF-16 units written: either way a piece stays among
 * V8's ordinary objects (a string over 64 K units of UTF-16 is a large one).
 */
export const PIECE_BYTES = 48 * 1024;

const NEWLINE = 0x0a;
const COMMA = 0x2c;

const decoder = new TextDecoder();

/** Set where the lined array's elements go while its first and last lines are read. */
const MARKER = '\u0000lined';
const MARKER_JSON = JSON.stringify(MARKER);

/** The value of a JSON body, as `JSON.parse` of its UTF-8 text gives it (and throws so). */
export function parseJsonBytes(bytes: Uint8Array, pieceBytes = PIECE_BYTES): unknown {
  return readLined(bytes, pieceBytes) ?? JSON.parse(decoder.decode(bytes));
}

/**
 * The document read line by line, or undefined when it is not laid out as a lined array:
 * a first line that opens a top-level member's array, `"changes":[`, one element a line,
 * each but the last ending in a comma, and a last line that closes it.
 */
function readLined(bytes: Uint8Array, pieceBytes: number): unknown {
  const first = bytes.indexOf(NEWLINE);
  const last = bytes.lastIndexOf(NEWLINE);
  if (first < 0 || last <= first) return undefined;
  const head = decoder.decode(bytes.subarray(0, first));
  const tail = decoder.decode(bytes.subarray(last + 1));
  const member = /"(\w+)":\[$/.exec(head)?.[1];
  if (member === undefined || !tail.startsWith(']')) return undefined;
  // The array is found by a marker set in it, not by its name alone: the member named may
  // be another's, or named twice.
  const document = parsedOrUndefined(`${head}${MARKER_JSON}${tail}`);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return undefined;
  }
  const items: unknown = (document as Record<string, unknown>)[member];
  if (!Array.isArray(items) || items.length !== 1 || items[0] !== MARKER) return undefined;
  items.pop();
  for (let from = first + 1; from < last;) {
    // A piece ends at a line's end: at most pieceBytes on, or the one line if it is longer.
    let end = bytes.lastIndexOf(NEWLINE, Math.min(from + pieceBytes, last));
    if (end < from) end = bytes.indexOf(NEWLINE, from);
    const more = end < last;
    // Every line but the last ends in the comma before the next element; the last in none.
    if (more && bytes[end - 1] !== COMMA) return undefined;
    const text = decoder.decode(bytes.subarray(from, more ? end - 1 : end));
    const piece = parsedOrUndefined(`[${text}]`);
    // An empty piece is a line of a comma alone: the document as a whole is not JSON.
    if (!Array.isArray(piece) || piece.length === 0) return undefined;
    for (const item of piece) items.push(item);
    from = end + 1;
  }
  return document;
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)` laid out with each element of its array member
 * `member` on a line of its own, in pieces of about PIECE_BYTES; undefined when `value` has
 * no such member. The pieces, joined, are the body.
 */
export function linedJsonBytes(
  value: unknown,
  member: string,
): Uint8Array<ArrayBuffer>[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const items: unknown = (value as Record<string, unknown>)[member];
  if (!Array.isArray(items) || items.length === 0) return undefined;
  const text = JSON.stringify({ ...value, [member]: [MARKER] });
  const [head, tail, ...more] = text.split(MARKER_JSON);
  if (head === undefined || tail === undefined || more.length > 0) return undefined;
  const encoder = new TextEncoder();
  const pieces = [encoder.encode(`${head}\n`)];
  let piece = '';
  items.forEach((item, at) => {
    // As JSON.stringify writes an array's element: what it cannot write, as null (its type
    // says it always returns a string; for undefined, a function or a symbol it does not).
    const json = JSON.stringify(item) as string | undefined;
    piece += `${json ?? 'null'}${at < items.length - 1 ? ',\n' : '\n'}`;
    if (piece.length >= PIECE_BYTES) {
      pieces.push(encoder.encode(piece));
      piece = '';
    }
  });
  pieces.push(encoder.encode(piece + tail));
  return pieces;
}
