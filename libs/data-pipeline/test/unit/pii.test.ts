import { PII_KINDS, detectPii } from '../../src/pii/detect';
import { redactPii, scanPii } from '../../src/pii/redact';
import { cnIdCheckChar, cnResidentIdValid, luhnValid } from '../../src/pii/checksums';
import { PII_CASES } from './pii-cases';

function score() {
  const perKind = Object.fromEntries(PII_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const c of PII_CASES) {
    // Full-width brackets are folded by NFKC in normalizeText, but detection runs on raw text.
    const found = detectPii(c.text).map((m) => `${m.kind}|${m.text}`);
    const expected = c.expected.map((e) => `${e.kind}|${e.text}`);
    for (const f of found) {
      const kind = f.split('|')[0];
      if (expected.includes(f)) perKind[kind].tp++;
      else {
        perKind[kind].fp++;
        misses.push(`false positive ${f} in "${c.text}"`);
      }
    }
    for (const e of expected) {
      if (!found.includes(e)) {
        perKind[e.split('|')[0]].fn++;
        misses.push(`missed ${e} in "${c.text}"`);
      }
    }
  }
  const total = Object.values(perKind).reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), { tp: 0, fp: 0, fn: 0 });
  return { perKind, total, misses };
}

describe('PII detection on the labelled set', () => {
  it('has at least 60 cases, positives of every kind and negatives', () => {
    expect(PII_CASES.length).toBeGreaterThanOrEqual(60);
    for (const kind of PII_KINDS) expect(PII_CASES.some((c) => c.expected.some((e) => e.kind === kind))).toBe(true);
    expect(PII_CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('reaches precision and recall of at least 0.95 overall and 0.9 per kind', () => {
    const { perKind, total, misses } = score();
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    if (precision < 1 || recall < 1) console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    for (const k of Object.values(perKind)) {
      expect(k.tp / Math.max(1, k.tp + k.fp)).toBeGreaterThanOrEqual(0.9);
      expect(k.tp / Math.max(1, k.tp + k.fn)).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('checksums', () => {
  it('validates Luhn and CN resident ids', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cnIdCheckChar('11010519491231002')).toBe('X');
    expect(cnResidentIdValid('11010519491231002X')).toBe(true);
    expect(cnResidentIdValid('11010519491231002x')).toBe(true);
    expect(cnResidentIdValid('110105194912310021')).toBe(false);
    expect(cnResidentIdValid('110105190002300013')).toBe(false); // 30 February
  });
});

describe('redaction', () => {
  it('replaces each match with its token and keeps the rest', () => {
    const { text, matches } = redactPii('Mail jane.doe@example.com or 13800138000 from 192.0.2.44');
    expect(text).toBe('Mail [EMAIL] or [PHONE] from [IP]');
    expect(matches.map((m) => m.kind)).toEqual(['email', 'phone', 'ip-address']);
    expect(redactPii('card 4111 1111 1111 1111', { replace: (m) => `****${m.text.slice(-4)}` }).text).toBe('card ****1111');
    expect(redactPii('身份证11010519491231002X').text).toBe('身份证[CN_ID]');
  });

  it('scans a column, counting kinds and showing only redacted examples', () => {
    const scan = scanPii(['no pii here', 'mail a@example.com', 'call 13800138000 or b@example.org']);
    expect(scan).toMatchObject({ scanned: 3, rowsWithPii: 2, byKind: { email: 2, phone: 1 } });
    expect(scan.examples.join(' ')).not.toMatch(/example\.com|13800138000/);
  });
});
