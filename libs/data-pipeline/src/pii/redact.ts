// Redaction of detected PII in free text, browser-safe.
import { detectPii, type PiiKind, type PiiMatch } from './detect';

export const REDACTION_TOKENS: Readonly<Record<PiiKind, string>> = {
  email: '[EMAIL]',
  'cn-resident-id': '[CN_ID]',
  'card-number': '[CARD]',
  'ip-address': '[IP]',
  phone: '[PHONE]',
};

export interface RedactOptions {
  kinds?: readonly PiiKind[];
  /** Replacement per match; default: the kind's token, e.g. "[EMAIL]". */
  replace?: (match: PiiMatch) => string;
}

export function redactPii(text: string, options: RedactOptions = {}): { text: string; matches: PiiMatch[] } {
  const matches = detectPii(text, options.kinds);
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + (options.replace ? options.replace(m) : REDACTION_TOKENS[m.kind]);
    at = m.end;
  }
  return { text: out + text.slice(at), matches };
}

/** Counts of PII kinds over many values (e.g. a text column). */
export function scanPii(values: Iterable<string>): { scanned: number; rowsWithPii: number; byKind: Partial<Record<PiiKind, number>>; examples: string[] } {
  let scanned = 0;
  let rowsWithPii = 0;
  const byKind: Partial<Record<PiiKind, number>> = {};
  const examples: string[] = [];
  for (const value of values) {
    scanned++;
    const matches = detectPii(value);
    if (matches.length === 0) continue;
    rowsWithPii++;
    for (const m of matches) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
    // Examples are shown redacted, never raw.
    if (examples.length < 5) examples.push(redactPii(value).text);
  }
  return { scanned, rowsWithPii, byKind, examples };
}
