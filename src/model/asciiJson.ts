/**
 * JSON text with every character beyond ASCII written as a \u escape: the same data, but a browser decodes
 * an all-ASCII file into one-byte strings, half the memory of two-byte ones and faster to parse, hash and
 * compare. One en dash in a title was enough to make the whole 77 MB text two-byte; loading 100,000 events
 * took ~350 ms longer.
 */
export function toAsciiJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
