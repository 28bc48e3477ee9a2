// Schema validation of parsed rows: rows that fail are counted by reason, never silently dropped.
import type { z } from 'zod';

export interface Rejected {
  /** Line or record number in the source (1-based), or an id. */
  at: string;
  reason: string;
}

export interface ValidationResult<T> {
  valid: T[];
  rejectedCount: number;
  /** reason -> count. A reason names the field and the rule, e.g. "AGE: Too small: expected number to be >=18". */
  reasons: Record<string, number>;
  /** The first rejected rows (at most 20), to find them in the source. */
  examples: Rejected[];
}

export function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid row';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'row';
  return `${where}: ${issue.message}`;
}

export class RowValidator<T> {
  private readonly result: ValidationResult<T> = { valid: [], rejectedCount: 0, reasons: {}, examples: [] };

  constructor(private readonly schema: z.ZodType<T>) {}

  /** Validates one row; returns the typed row or null (and records the reason). */
  check(input: unknown, at: string | number): T | null {
    const parsed = this.schema.safeParse(input);
    if (parsed.success) {
      this.result.valid.push(parsed.data);
      return parsed.data;
    }
    this.reject(reasonOf(parsed.error), at);
    return null;
  }

  /** Records a row rejected before schema validation (e.g. a wrong number of fields). */
  reject(reason: string, at: string | number): void {
    this.result.rejectedCount++;
    this.result.reasons[reason] = (this.result.reasons[reason] ?? 0) + 1;
    if (this.result.examples.length < 20) this.result.examples.push({ at: String(at), reason });
  }

  done(): ValidationResult<T> {
    return this.result;
  }
}
