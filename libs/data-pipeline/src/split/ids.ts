// Ordering and fingerprints of example ids, so splits do not depend on file order or locale.

const INTEGER = /^-?\d+$/;
// Captured once: global lookups are slow inside sandboxes such as Jest's vm contexts.
const imul = Math.imul;

/** Numeric order for integer ids, code-unit order otherwise (never locale-dependent). */
export function compareIds(a: string, b: string): number {
  if (INTEGER.test(a) && INTEGER.test(b)) {
    const d = Number(a) - Number(b);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts ids with compareIds (keys are computed once per id, not once per comparison). */
export function sortIds(ids: Iterable<string>): string[] {
  const keyed = Array.from(ids, (id) => ({ id, n: INTEGER.test(id) ? Number(id) : NaN }));
  keyed.sort((a, b) => {
    if (a.n === a.n && b.n === b.n && a.n !== b.n) return a.n - b.n;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.id);
}

/**
 * A 64-bit fingerprint (hex) of a list of strings, from two 32-bit FNV-1a lanes with different
 * offsets: a cheap way to compare splits across machines (not a cryptographic hash).
 */
export function fingerprint(values: Iterable<string>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const value of values) {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = imul(a ^ c, 0x01000193);
      b = imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
    a = imul(a ^ 0x1f, 0x01000193);
    b = imul(b ^ 0x1e, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The same kind of fingerprint over raw bytes (e.g. image pixels). */
export function fingerprintBytes(bytes: Uint8Array | Uint8ClampedArray): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
