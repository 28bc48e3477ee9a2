// What a prediction log may keep of an input: the same structure with personal data in every string
// replaced by a token ([EMAIL], [PHONE], ...), using the detector the data pipeline applies to datasets.
import { redactPii } from '@atlas/data-pipeline';
import type { JsonValue } from '@atlas/registry';

/** A JSON copy of `value` with PII redacted in every string; non-JSON values become null. */
export function redactInputPii(value: unknown): JsonValue {
  if (typeof value === 'string') return redactPii(value).text;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(redactInputPii);
  if (typeof value === 'object' && value !== undefined) {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined && typeof v !== 'function') out[key] = redactInputPii(v);
    }
    return out;
  }
  return null;
}
