// Monotonic weight-of-evidence binning for credit scorecards. Fine quantile bins are fitted on the
// training data, small bins are merged into a neighbour, then adjacent bins are merged until the WoE
// is monotonic in the feature. WoE = ln(share of goods / share of bads), so a higher WoE means lower
// risk; the "event" (bad) is label 1. Counts are smoothed by 0.5 so an empty side never gives infinity.
import { compareIds } from '../split/ids';
import { binIndex, quantileCuts, toCategory, toNumber, type RawValue } from './values';

export interface WoeBin {
  /** Lower bound (inclusive) and upper bound (exclusive); null = open. */
  from: number | null;
  to: number | null;
  goods: number;
  bads: number;
  woe: number;
}

export interface WoeBinsState {
  kind: 'woe-bins';
  cuts: number[];
  bins: WoeBin[];
  /** WoE of missing values (0 when training had none). */
  missingWoe: number;
  missing: { goods: number; bads: number };
  direction: 'increasing' | 'decreasing';
  /** Information value of the binned feature. */
  iv: number;
}

export interface WoeOptions {
  /** Fine bins before merging (default 20). */
  initialBins?: number;
  /** Minimum share of non-missing training rows per bin (default 0.05). */
  minBinShare?: number;
  /** Force a direction instead of taking the sign of the trend. */
  direction?: 'increasing' | 'decreasing';
}

const SMOOTH = 0.5;

function woeOf(goods: number, bads: number, totalGoods: number, totalBads: number, nBins: number): number {
  return Math.log(((goods + SMOOTH) / (totalGoods + SMOOTH * nBins)) / ((bads + SMOOTH) / (totalBads + SMOOTH * nBins)));
}

interface Cell {
  goods: number;
  bads: number;
}

function mergeAt(cells: Cell[], cuts: number[], i: number): void {
  // merges cell i with cell i + 1 and drops the cut between them
  cells[i] = { goods: cells[i].goods + cells[i + 1].goods, bads: cells[i].bads + cells[i + 1].bads };
  cells.splice(i + 1, 1);
  cuts.splice(i, 1);
}

export function fitWoeBins(values: readonly RawValue[], labels: readonly number[], options: WoeOptions = {}): WoeBinsState {
  if (values.length !== labels.length) throw new Error('fitWoeBins: values and labels differ in length');
  const present: number[] = [];
  const missing = { goods: 0, bads: 0 };
  values.forEach((v, i) => {
    const x = toNumber(v);
    if (x === null) {
      if (labels[i] === 1) missing.bads++;
      else missing.goods++;
    } else present.push(x);
  });
  const cuts = quantileCuts(present, options.initialBins ?? 20);
  const cells: Cell[] = Array.from({ length: cuts.length + 1 }, () => ({ goods: 0, bads: 0 }));
  values.forEach((v, i) => {
    const x = toNumber(v);
    if (x === null) return;
    const cell = cells[binIndex(cuts, x)];
    if (labels[i] === 1) cell.bads++;
    else cell.goods++;
  });
  // Small bins join their smaller neighbour.
  const minCount = Math.ceil((options.minBinShare ?? 0.05) * present.length);
  for (;;) {
    const sizes = cells.map((c) => c.goods + c.bads);
    const small = sizes.findIndex((s) => s < minCount);
    if (small === -1 || cells.length <= 1) break;
    const left = small > 0 ? sizes[small - 1] : Infinity;
    const right = small < cells.length - 1 ? sizes[small + 1] : Infinity;
    mergeAt(cells, cuts, left <= right ? small - 1 : small);
  }
  const hasMissing = missing.goods + missing.bads > 0;
  const allGoods = cells.reduce((s, c) => s + c.goods, 0) + missing.goods;
  const allBads = cells.reduce((s, c) => s + c.bads, 0) + missing.bads;
  // Direction: the sign of the weighted trend of the bad rate over bin order.
  let direction = options.direction;
  if (!direction) {
    const n = present.length;
    let meanI = 0;
    let meanR = 0;
    cells.forEach((c, i) => {
      meanI += ((c.goods + c.bads) * i) / n;
      meanR += c.bads / n;
    });
    let cov = 0;
    cells.forEach((c, i) => {
      const w = c.goods + c.bads;
      if (w > 0) cov += w * (i - meanI) * (c.bads / w - meanR);
    });
    // A rising bad rate means a falling WoE.
    direction = cov > 0 ? 'decreasing' : 'increasing';
  }
  const k = () => cells.length + (hasMissing ? 1 : 0);
  const woes = () => cells.map((c) => woeOf(c.goods, c.bads, allGoods, allBads, k()));
  for (;;) {
    const w = woes();
    const bad = w.findIndex((x, i) => i > 0 && (direction === 'increasing' ? x < w[i - 1] : x > w[i - 1]));
    if (bad === -1) break;
    mergeAt(cells, cuts, bad - 1);
  }
  const w = woes();
  const bins: WoeBin[] = cells.map((c, i) => ({
    from: i === 0 ? null : cuts[i - 1],
    to: i === cells.length - 1 ? null : cuts[i],
    goods: c.goods,
    bads: c.bads,
    woe: w[i],
  }));
  const missingWoe = hasMissing ? woeOf(missing.goods, missing.bads, allGoods, allBads, k()) : 0;
  let iv = 0;
  const ivTerm = (g: number, b: number, woe: number) =>
    ((g + SMOOTH) / (allGoods + SMOOTH * k()) - (b + SMOOTH) / (allBads + SMOOTH * k())) * woe;
  bins.forEach((b) => (iv += ivTerm(b.goods, b.bads, b.woe)));
  if (hasMissing) iv += ivTerm(missing.goods, missing.bads, missingWoe);
  return { kind: 'woe-bins', cuts, bins, missingWoe, missing, direction, iv };
}

export function woeBinOf(state: WoeBinsState, value: RawValue): number {
  const x = toNumber(value);
  return x === null ? -1 : binIndex(state.cuts, x);
}

export function applyWoeBins(state: WoeBinsState, value: RawValue): number {
  const bin = woeBinOf(state, value);
  return bin === -1 ? state.missingWoe : state.bins[bin].woe;
}

/** WoE per category (no order, so no monotonic constraint); unseen categories get 0. */
export interface WoeCategoriesState {
  kind: 'woe-categories';
  categories: string[];
  woe: number[];
  iv: number;
}

export function fitWoeCategories(values: readonly RawValue[], labels: readonly number[]): WoeCategoriesState {
  const cells = new Map<string, Cell>();
  values.forEach((v, i) => {
    const c = toCategory(v) ?? '__missing__';
    const cell = cells.get(c) ?? { goods: 0, bads: 0 };
    if (labels[i] === 1) cell.bads++;
    else cell.goods++;
    cells.set(c, cell);
  });
  const categories = [...cells.keys()].sort(compareIds);
  const ordered = categories.map((c) => cells.get(c) ?? { goods: 0, bads: 0 });
  const totalGoods = ordered.reduce((s, c) => s + c.goods, 0);
  const totalBads = ordered.reduce((s, c) => s + c.bads, 0);
  const woe = ordered.map((c) => woeOf(c.goods, c.bads, totalGoods, totalBads, categories.length));
  let iv = 0;
  ordered.forEach((cell, i) => {
    const dg = (cell.goods + SMOOTH) / (totalGoods + SMOOTH * categories.length);
    const db = (cell.bads + SMOOTH) / (totalBads + SMOOTH * categories.length);
    iv += (dg - db) * woe[i];
  });
  return { kind: 'woe-categories', categories, woe, iv };
}

export function applyWoeCategories(state: WoeCategoriesState, value: RawValue): number {
  const i = state.categories.indexOf(toCategory(value) ?? '__missing__');
  return i === -1 ? 0 : state.woe[i];
}
