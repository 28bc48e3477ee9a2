// What the text datasets share: exact and normalized-text dedupe across splits (removing leakage from
// the evaluation side), PII scanning of the text column, and text feature definitions.
import { dedupe, type DedupeResult } from '../dedupe/dedupe';
import { scanPii } from '../pii/redact';
import type { ReportBuilder } from '../report/builder';
import type { FeatureDef } from '../report/summarize';
import { normalizeText } from '../text/normalize';

export interface TextExampleBase {
  id: string;
  text: string;
  label: string;
  split: string;
}

export function dedupeTexts<E extends TextExampleBase>(examples: readonly E[], report: ReportBuilder<E>, splitPriority: readonly string[]): DedupeResult<E> {
  const result = dedupe(examples, {
    id: (e) => e.id,
    exactKey: (e) => e.text,
    normalizedKey: (e) => normalizeText(e.text),
    label: (e) => e.label,
    split: (e) => e.split,
    splitPriority,
  });
  const removed: Record<string, number> = {};
  for (const r of result.removed) {
    const reason = r.leakage
      ? `${r.kind} duplicate of a ${r.keptSplit} example (leakage, removed from ${r.split})`
      : `${r.kind} duplicate within ${r.split}`;
    removed[reason] = (removed[reason] ?? 0) + 1;
  }
  report.step('dedupe', examples.length, result.kept.length, removed);
  report.duplicates(result);
  const leaks = result.removed.filter((r) => r.leakage);
  if (leaks.length) {
    report.decision({
      step: 'dedupe',
      rule: `an utterance that also occurs in an earlier split (priority ${splitPriority.join(' > ')}) is removed from the later one`,
      rationale: 'a duplicate across train and evaluation would let the model be graded on examples it trained on',
      count: leaks.length,
      ids: leaks.map((r) => r.id),
    });
  }
  const within = result.removed.length - leaks.length;
  if (within) {
    report.decision({
      step: 'dedupe',
      rule: 'within one split, an utterance equal to an earlier one (exactly or after normalization) is removed',
      rationale: 'repeated rows weigh twice in training and in metrics',
      count: within,
      ids: result.removed.filter((r) => !r.leakage).map((r) => r.id),
    });
  }
  const conflicts = result.removed.filter((r) => r.labelConflict);
  if (conflicts.length) {
    report.warn(`${conflicts.length} removed duplicate(s) carried a different label than the kept copy (e.g. ${conflicts[0].id} vs ${conflicts[0].duplicateOf}).`);
  }
  return result;
}

export function scanTextColumn<E extends TextExampleBase>(examples: readonly E[], report: ReportBuilder<E>, column = 'text'): void {
  const scan = scanPii(examples.map((e) => e.text));
  report.pii({
    column,
    kind: 'free-text',
    detail: `scanned ${scan.scanned} values for e-mails, phone numbers, card numbers, CN resident ids and IP addresses`,
    byKind: scan.byKind as Record<string, number>,
    rowsWithPii: scan.rowsWithPii,
    action: scan.rowsWithPii ? 'kept in training data; redact with redactPii() before display or logging' : 'none found',
  });
}

export function textFeatureDefs<E extends TextExampleBase>(): FeatureDef<E>[] {
  return [
    { name: 'text', type: 'text', get: (e) => e.text },
    { name: 'label', type: 'categorical', get: (e) => e.label },
    { name: 'text_length', type: 'numeric', get: (e) => Array.from(e.text).length },
  ];
}
