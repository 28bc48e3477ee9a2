// PII detection in free text, browser-safe: e-mail addresses, phone numbers (Chinese mobile and
// landline, international "+" numbers, North American), payment card numbers (Luhn-checked), PRC
// resident identity numbers (checksum and birth date checked) and IP addresses (v4 and v6).
import { cnResidentIdValid, luhnValid } from './checksums';

export const PII_KINDS = ['email', 'cn-resident-id', 'card-number', 'ip-address', 'phone'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiMatch {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

interface Detector {
  kind: PiiKind;
  pattern: RegExp;
  accept?: (match: string) => boolean;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

function ipv6Valid(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  if (halves.length === 1) return groups.length === 8;
  return groups.length >= 1 && groups.length <= 7;
}

const DETECTORS: readonly Detector[] = [
  {
    kind: 'email',
    pattern: /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-])/g,
  },
  {
    kind: 'cn-resident-id',
    pattern: /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/g,
    accept: cnResidentIdValid,
  },
  {
    kind: 'card-number',
    // 13 to 19 digits, optionally grouped by single spaces or hyphens; issuer ranges start with 2-6.
    pattern: /(?<![\d+])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\d])/g,
    accept: (m) => {
      const d = digitsOf(m);
      return d.length >= 13 && d.length <= 19 && luhnValid(d) && !/^(\d)\1+$/.test(d);
    },
  },
  {
    kind: 'ip-address',
    pattern: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)/g,
  },
  {
    kind: 'ip-address',
    pattern: /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g,
    // At least one digit: "a::b" or "cafe::" in prose are not addresses.
    accept: (m) => /\d/.test(m) && ipv6Valid(m),
  },
  {
    kind: 'phone',
    // Chinese mobile: optional +86 / 0086, then 1[3-9]x xxxx xxxx.
    pattern: /(?<![\d+])(?:(?:\+|00)86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g,
  },
  {
    kind: 'phone',
    // Chinese landline: area code 0xx / 0xxx (optionally in brackets, also full-width), then 7 or 8 digits.
    pattern: /(?<![\d+])(?:(?:\+|00)86[ -]?)?[(\uff08]?0\d{2,3}[)\uff09]?[ -]?\d{7,8}(?!\d)/g,
    accept: (m) => /[ ()\uff08\uff09-]/.test(m) || m.startsWith('+') || m.startsWith('0086'),
  },
  {
    kind: 'phone',
    // International: "+" or "00", country code, then groups; 8 to 15 digits in all (E.164).
    pattern: /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\d])/g,
    accept: (m) => {
      const n = digitsOf(m).length - (m.startsWith('00') ? 2 : 0);
      return n >= 8 && n <= 15;
    },
  },
  {
    kind: 'phone',
    // North American: (212) 555-0100, 212-555-0100, 212.555.0100, optionally +1 / 1-.
    pattern: /(?<![\w+])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/g,
  },
];

/** Every PII match in the text, without overlaps (earlier detectors in the list win). */
export function detectPii(text: string, kinds: readonly PiiKind[] = PII_KINDS): PiiMatch[] {
  const accepted: PiiMatch[] = [];
  const overlaps = (s: number, e: number) => accepted.some((m) => s < m.end && m.start < e);
  for (const detector of DETECTORS) {
    if (!kinds.includes(detector.kind)) continue;
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const value = match[0];
      const start = match.index ?? 0;
      const end = start + value.length;
      if (detector.accept && !detector.accept(value)) continue;
      if (overlaps(start, end)) continue;
      accepted.push({ kind: detector.kind, start, end, text: value });
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export function containsPii(text: string): boolean {
  return detectPii(text).length > 0;
}
