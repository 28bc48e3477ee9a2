// What the training job stores beside the model for serving: the explanation baseline, a typical
// application for the form, and the training distributions the stability index compares against.
import { encodeRows } from '@atlas/data-pipeline';
import type { InputSchema, LabeledTable } from './dataset';
import { CREDIT_FEATURES, FIELD_BY_NAME } from './fields';
import type { InputColumn } from './model-inputs';
import { psiReference, type PsiReference } from './monitoring';
import type { FittedModel } from './fitted-model';

/** The mean encoded row of the training applicants who repaid: "a typical good customer". */
export function explanationBaseline(fitted: Pick<FittedModel, 'encoder'>, train: LabeledTable): number[] {
  const goods = train.rows.filter((_, i) => train.labels[i] === 0);
  const encoded = encodeRows(fitted.encoder, goods.length ? goods : train.rows);
  const width = fitted.encoder.featureNames.length;
  const sums = new Array<number>(width).fill(0);
  for (const row of encoded) for (let j = 0; j < width; j++) sums[j] += row[j];
  return sums.map((s) => s / Math.max(1, encoded.length));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
}

function mode(values: readonly (string | number)[]): string | number {
  const counts = new Map<string | number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | number = values[0] ?? '';
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A typical application: medians of amounts and ages, the most frequent code of each coded field. */
export function typicalApplication(train: LabeledTable, schema: InputSchema, columns: readonly InputColumn[]): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  if (schema.kind === 'taiwan-credit') {
    for (const f of CREDIT_FEATURES) {
      const values = train.rows.map((r) => Number(r[f]));
      out[f] = FIELD_BY_NAME[f].kind === 'money' || FIELD_BY_NAME[f].kind === 'years' ? median(values) : (mode(values) as number);
    }
    return out;
  }
  for (const c of columns) {
    const present = train.rows.map((r) => r[c.name]).filter((v): v is number | string => v !== null && v !== undefined && v !== '');
    out[c.name] = c.kind === 'numeric' ? median(present.map(Number)) : mode(present);
  }
  return out;
}

const TAIWAN_MONITORED: { name: string; label: string }[] = [
  { name: 'LIMIT_BAL', label: 'Credit limit' },
  { name: 'AGE', label: 'Age' },
  { name: 'PAY_0', label: 'Most recent repayment status' },
  { name: 'BILL_AMT1', label: 'Latest bill' },
  { name: 'PAY_AMT1', label: 'Latest payment' },
  { name: 'utilization_1', label: 'Utilization of the limit' },
];

/** The quantities monitored for drift, their training distributions, and the model's PD's. */
export function psiReferences(train: LabeledTable, schema: InputSchema, columns: readonly InputColumn[], trainPds: readonly number[]): PsiReference[] {
  const monitored =
    schema.kind === 'taiwan-credit'
      ? TAIWAN_MONITORED
      : columns
          .filter((c) => c.kind === 'numeric')
          .slice(0, 8)
          .map((c) => ({ name: c.name, label: c.name }));
  const refs = monitored.map((m) =>
    psiReference(
      m.name,
      m.label,
      train.rows.map((r) => Number(r[m.name])).filter(Number.isFinite),
    ),
  );
  return [...refs, psiReference('pd', 'Predicted probability of default', trainPds)];
}
