// What-if: the smallest change to one or two fields an applicant (or the lender) could change that
// flips the decision. Each editable field moves in steps in the direction that helps a declined
// applicant (or, for an approved one, that hurts: how much margin there is); the model scores every
// candidate in one batch; a single field is preferred to a pair, then fewer steps, then field order.
import type { CreditApplication } from './features';
import type { CreditFeature } from './fields';
import { formatFieldValue } from './fields';

export interface WhatIfChange {
  field: CreditFeature;
  from: number;
  to: number;
  /** "Pay NT$ 12,000 more this month" */
  text: string;
}

export interface WhatIfResult {
  changes: WhatIfChange[];
  pd: number;
  approved: boolean;
  /** Steps moved, summed over the changed fields. */
  steps: number;
}

export interface WhatIfAnswer {
  pd: number;
  approved: boolean;
  cutoff: number;
  /** The smallest flipping change, or null when none within the steps tried. */
  best: WhatIfResult | null;
  candidatesScored: number;
}

interface Move {
  field: CreditFeature;
  steps: number;
  to: number;
}

const STEPS = 10;
const round = (x: number) => Math.round(x / 100) * 100;
const money = (x: number) => `NT$ ${Math.round(Math.abs(x)).toLocaleString('en-US')}`;

/** Candidate values of each editable field, nearest first. `improve` moves toward lower risk. */
export function candidateMoves(a: CreditApplication, improve: boolean): Move[][] {
  const moves: Move[][] = [];
  const steps = Array.from({ length: STEPS }, (_, i) => i + 1);
  // Most recent repayment status: bring the account current (or fall behind).
  const pay: Move[] = [];
  if (improve) for (let v = a.PAY_0 - 1, s = 1; v >= -1; v--, s++) pay.push({ field: 'PAY_0', steps: s, to: v });
  else for (let v = Math.max(a.PAY_0, 0) + 1, s = 1; v <= 8; v++, s++) pay.push({ field: 'PAY_0', steps: s, to: v });
  moves.push(pay);
  // This month's payment: pay more (or less) of the previous bill.
  const unit = Math.max(a.BILL_AMT2, 0.1 * a.LIMIT_BAL, 1000) / STEPS;
  moves.push(
    steps
      .map((k) => ({ field: 'PAY_AMT1' as const, steps: k, to: improve ? round(a.PAY_AMT1 + k * unit) : round(a.PAY_AMT1 * (1 - k / STEPS)) }))
      .filter((m) => m.to !== a.PAY_AMT1 && m.to >= 0),
  );
  // The latest balance: pay it down (or run it up).
  moves.push(
    steps
      .map((k) => ({
        field: 'BILL_AMT1' as const,
        steps: k,
        to: improve ? round(a.BILL_AMT1 > 0 ? a.BILL_AMT1 * (1 - k / STEPS) : a.BILL_AMT1) : round(a.BILL_AMT1 + (k * a.LIMIT_BAL) / STEPS),
      }))
      .filter((m) => m.to !== a.BILL_AMT1),
  );
  // The credit limit the lender grants.
  moves.push(
    steps
      .map((k) => ({ field: 'LIMIT_BAL' as const, steps: k, to: round(a.LIMIT_BAL * (improve ? 1 + k / STEPS : 1 - k / (STEPS + 1))) }))
      .filter((m) => m.to !== a.LIMIT_BAL && m.to >= 1000),
  );
  return moves.filter((m) => m.length > 0);
}

export function describeChange(field: CreditFeature, from: number, to: number): string {
  switch (field) {
    case 'PAY_0':
      return `Most recent repayment status: ${formatFieldValue('PAY_0', to)} instead of ${formatFieldValue('PAY_0', from)}`;
    case 'PAY_AMT1':
      return to > from ? `Pay ${money(to - from)} more this month (${money(to)} in all)` : `Pay ${money(from - to)} less this month (${money(to)} in all)`;
    case 'BILL_AMT1':
      return to < from ? `Bring the balance down by ${money(from - to)} (to ${money(to)})` : `A balance ${money(to - from)} higher (${money(to)})`;
    case 'LIMIT_BAL':
      return `A credit limit of ${money(to)} instead of ${money(from)}`;
    default:
      return `${field}: ${to} instead of ${from}`;
  }
}

function apply(a: CreditApplication, moves: readonly Move[]): CreditApplication {
  const next = { ...a };
  for (const m of moves) next[m.field] = m.to;
  return next;
}

/**
 * `score` returns the PD of each application (one batch). `cutoff`: approve below it.
 * Pairs are tried only when no single field flips the decision.
 */
export function whatIf(a: CreditApplication, score: (apps: CreditApplication[]) => number[], cutoff: number, pairSteps = 6): WhatIfAnswer {
  const pd = score([a])[0];
  const approved = pd < cutoff;
  const fields = candidateMoves(a, !approved);
  const flips = (p: number) => (p < cutoff) !== approved;
  const pick = (candidates: Move[][]): { result: WhatIfResult | null; scored: number } => {
    if (candidates.length === 0) return { result: null, scored: 0 };
    const pds = score(candidates.map((moves) => apply(a, moves)));
    let best: WhatIfResult | null = null;
    candidates.forEach((moves, i) => {
      if (!flips(pds[i])) return;
      const steps = moves.reduce((s, m) => s + m.steps, 0);
      if (best && best.steps <= steps) return;
      best = {
        changes: moves.map((m) => ({ field: m.field, from: a[m.field], to: m.to, text: describeChange(m.field, a[m.field], m.to) })),
        pd: pds[i],
        approved: pds[i] < cutoff,
        steps,
      };
    });
    return { result: best, scored: candidates.length };
  };
  const singles = pick(fields.flatMap((list) => list.map((m) => [m])));
  if (singles.result) return { pd, approved, cutoff, best: singles.result, candidatesScored: singles.scored + 1 };
  const pairs: Move[][] = [];
  for (let i = 0; i < fields.length; i++) {
    for (let j = i + 1; j < fields.length; j++) {
      for (const x of fields[i].slice(0, pairSteps)) for (const y of fields[j].slice(0, pairSteps)) pairs.push([x, y]);
    }
  }
  const both = pick(pairs);
  return { pd, approved, cutoff, best: both.result, candidatesScored: singles.scored + both.scored + 1 };
}
