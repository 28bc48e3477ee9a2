// The points table of a scorecard: each characteristic's WoE bins times its logistic-regression
// weight, turned into points with the scaling (see scaling.ts).
//
// The regression models the log odds of default: logit(PD) = a + sum_i b_i * WoE_i. The log odds of
// repaying are the negative of that, so score = offset + factor * (-a - sum_i b_i * WoE_i), split
// evenly into per-characteristic points: points_i(bin) = -factor * b_i * WoE_i(bin) + (offset - factor * a) / n.
// Their sum is the score, and pdFromScore(score) gives back the regression's PD exactly.
import type { TabularEncoderState, WoeBinsState, WoeCategoriesState } from '@atlas/data-pipeline';
import { woeBinOf } from '@atlas/data-pipeline';
import { EDUCATION_CODES, MARRIAGE_CODES, PAY_STATUS_CODES, SEX_CODES } from './fields';
import { pdFromScore, scalingFactor, scalingOffset, type ScoreScaling } from './scaling';

const CODED_COLUMNS: Record<string, Record<number, string>> = { EDUCATION: EDUCATION_CODES, MARRIAGE: MARRIAGE_CODES, SEX: SEX_CODES };

export interface ScorecardAttribute {
  /** "below 2", "2 to 4", "4 and above" or the category. */
  label: string;
  woe: number;
  points: number;
}

export interface ScorecardCharacteristic {
  column: string;
  weight: number;
  informationValue: number;
  attributes: ScorecardAttribute[];
  /** Points of a missing value. */
  missingPoints: number;
  maxPoints: number;
  minPoints: number;
}

export interface ScorecardTable {
  scaling: ScoreScaling;
  intercept: number;
  characteristics: ScorecardCharacteristic[];
}

function formatBound(x: number): string {
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en-US');
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

/** A bin of a repayment-status column, in the codes' words ("1 month late", "2 to 9 months late"). */
function payStatusLabel(from: number | null, to: number | null): string {
  const lo = from === null ? -2 : Math.ceil(from);
  const hi = to === null ? 9 : Math.ceil(to) - 1;
  const name = (code: number) => PAY_STATUS_CODES[code] ?? String(code);
  if (lo >= hi) return name(lo);
  if (lo >= 1) return `${lo} to ${hi === 9 ? '9+' : hi} months late`;
  return `${name(lo)} to ${name(hi)}`;
}

function rangeLabel(from: number | null, to: number | null, column: string): string {
  if (/^PAY_[0-6]$/.test(column)) return payStatusLabel(from, to);
  const f = formatBound;
  if (from === null && to === null) return 'any value';
  if (from === null) return `below ${f(to as number)}`;
  if (to === null) return `${f(from)} and above`;
  return `${f(from)} to below ${f(to)}`;
}

function attributesOf(encode: WoeBinsState | WoeCategoriesState, column: string): { label: string; woe: number }[] {
  if (encode.kind === 'woe-bins') return encode.bins.map((b) => ({ label: rangeLabel(b.from, b.to, column), woe: b.woe }));
  const codes = CODED_COLUMNS[column];
  return encode.categories.map((c, i) => ({ label: codes?.[Number(c)] ?? c, woe: encode.woe[i] }));
}

/** Builds the points table from a WoE encoder (one output per column) and the regression's weights. */
export function buildScorecard(encoder: TabularEncoderState, weights: readonly number[], intercept: number, scaling: ScoreScaling): ScorecardTable {
  if (weights.length !== encoder.columns.length) throw new Error(`Expected one weight per characteristic (${encoder.columns.length}), got ${weights.length}`);
  const factor = scalingFactor(scaling);
  const n = encoder.columns.length;
  const share = (scalingOffset(scaling) - factor * intercept) / n;
  const characteristics = encoder.columns.map((col, i) => {
    const encode = col.encode;
    if (encode.kind !== 'woe-bins' && encode.kind !== 'woe-categories') throw new Error(`Column ${col.column} is not WoE-encoded`);
    const points = (woe: number) => -factor * weights[i] * woe + share;
    const attributes = attributesOf(encode, col.column).map((a) => ({ ...a, points: points(a.woe) }));
    const missingPoints = points(encode.kind === 'woe-bins' ? encode.missingWoe : 0);
    const all = attributes.map((a) => a.points);
    return {
      column: col.column,
      weight: weights[i],
      informationValue: encode.iv,
      attributes,
      missingPoints,
      maxPoints: Math.max(...all),
      minPoints: Math.min(...all),
    };
  });
  return { scaling, intercept, characteristics };
}

export interface ScoredCharacteristic {
  column: string;
  value: number | string | null;
  attribute: string;
  points: number;
  /** Points short of the best attribute of this characteristic: what the applicant could gain. */
  shortfall: number;
}

export interface ScorecardResult {
  score: number;
  pd: number;
  lines: ScoredCharacteristic[];
}

export function scoreRow(table: ScorecardTable, encoder: TabularEncoderState, row: Readonly<Record<string, number | string | null>>): ScorecardResult {
  const lines = table.characteristics.map((ch, i) => {
    const encode = encoder.columns[i].encode as WoeBinsState | WoeCategoriesState;
    const value = row[ch.column] ?? null;
    // Missing values (and categories unseen in training, whose WoE is 0) score missingPoints.
    const index = encode.kind === 'woe-bins' ? woeBinOf(encode, value) : encode.categories.indexOf(value === null ? '__missing__' : String(value));
    const points = index === -1 ? ch.missingPoints : ch.attributes[index].points;
    return {
      column: ch.column,
      value,
      attribute: index === -1 ? 'missing or unseen' : ch.attributes[index].label,
      points,
      shortfall: ch.maxPoints - points,
    };
  });
  const score = lines.reduce((s, l) => s + l.points, 0);
  return { score, pd: pdFromScore(score, table.scaling), lines };
}
