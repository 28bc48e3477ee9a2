// One flat row per domain (its active card), for the at-a-glance table, sorting and the CSV export.
import { relativeQualityGain, type TradeoffCardData } from '../cards/tradeoff-types';
import type { CompareData } from './compare-types';

export interface CompareRow {
  id: string;
  name: string;
  hasModel: boolean;
  command: string;
  missing: string | null;
  runId: string | null;
  config: string | null;
  task: string | null;
  isSample: boolean | null;
  trainRows: number | null;
  license: string | null;
  sensitivity: string | null;
  metric: string | null;
  value: number | null;
  higherIsBetter: boolean | null;
  ciLow: number | null;
  ciHigh: number | null;
  anchorName: string | null;
  anchorValue: number | null;
  /** (value - anchor) / |anchor|, signed so that positive is better. */
  gainVsAnchor: number | null;
  serverP50Ms: number | null;
  serverP95Ms: number | null;
  browserP50Ms: number | null;
  browserP95Ms: number | null;
  parameters: number | null;
  bytes: number | null;
  trainingSeconds: number | null;
  trainingBackend: string | null;
  privacyMeasures: string | null;
  dpEpsilon: number | null;
  explanation: string | null;
  failureModes: string | null;
  humanFallback: string | null;
}

type CardFields = Omit<CompareRow, 'id' | 'name' | 'hasModel' | 'command' | 'missing' | 'runId' | 'config'>;

const NO_CARD: CardFields = {
  task: null, isSample: null, trainRows: null, license: null, sensitivity: null, metric: null, value: null, higherIsBetter: null,
  ciLow: null, ciHigh: null, anchorName: null, anchorValue: null, gainVsAnchor: null, serverP50Ms: null, serverP95Ms: null,
  browserP50Ms: null, browserP95Ms: null, parameters: null, bytes: null, trainingSeconds: null, trainingBackend: null,
  privacyMeasures: null, dpEpsilon: null, explanation: null, failureModes: null, humanFallback: null,
};

function fromCard(card: TradeoffCardData): CardFields {
  return {
    task: card.task.name,
    isSample: card.dataset.isSample,
    trainRows: card.dataset.rows.train,
    license: card.dataset.license,
    sensitivity: card.privacy.sensitivity,
    metric: card.quality.metric,
    value: card.quality.value,
    higherIsBetter: card.quality.higherIsBetter,
    ciLow: card.quality.ci?.low ?? null,
    ciHigh: card.quality.ci?.high ?? null,
    anchorName: card.quality.anchor.name,
    anchorValue: card.quality.anchor.value,
    gainVsAnchor: relativeQualityGain(card),
    serverP50Ms: card.latency.server?.p50Ms ?? null,
    serverP95Ms: card.latency.server?.p95Ms ?? null,
    browserP50Ms: card.latency.browser?.p50Ms ?? null,
    browserP95Ms: card.latency.browser?.p95Ms ?? null,
    parameters: card.size.parameters,
    bytes: card.size.bytes,
    trainingSeconds: card.training.seconds,
    trainingBackend: card.training.backend,
    privacyMeasures: card.privacy.measures.join('; '),
    dpEpsilon: card.privacy.differentialPrivacy?.epsilon ?? null,
    explanation: card.explanation.method,
    failureModes: card.failureModes.join('; '),
    humanFallback: card.humanFallback,
  };
}

export function compareRows(data: CompareData): CompareRow[] {
  return data.domains.map((d) => {
    const card = d.active?.card ?? null;
    return {
      id: d.id,
      name: d.name,
      hasModel: card !== null,
      command: d.command,
      missing: d.error ? `${d.missing ?? ''} ${d.error}`.trim() : d.missing,
      runId: d.active?.runId ?? null,
      config: d.active?.config ?? null,
      ...(card ? fromCard(card) : NO_CARD),
    };
  });
}

export type CompareSortKey = 'domain' | 'gain' | 'latency' | 'size' | 'training';

/** Sorted copy; domains without a model always last, in their original order. */
export function sortCompareRows(rows: CompareRow[], key: CompareSortKey): CompareRow[] {
  if (key === 'domain') return [...rows];
  const value = (r: CompareRow): number | null =>
    key === 'gain' ? (r.gainVsAnchor === null ? null : -r.gainVsAnchor) : key === 'latency' ? r.serverP50Ms : key === 'size' ? r.bytes : r.trainingSeconds;
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => (a.v === null && b.v === null ? a.i - b.i : a.v === null ? 1 : b.v === null ? -1 : a.v - b.v || a.i - b.i))
    .map((x) => x.r);
}

const CSV_COLUMNS: (keyof CompareRow)[] = [
  'id', 'name', 'hasModel', 'runId', 'config', 'task', 'isSample', 'trainRows', 'license', 'sensitivity', 'metric', 'value', 'higherIsBetter',
  'ciLow', 'ciHigh', 'anchorName', 'anchorValue', 'gainVsAnchor', 'serverP50Ms', 'serverP95Ms', 'browserP50Ms', 'browserP95Ms', 'parameters',
  'bytes', 'trainingSeconds', 'trainingBackend', 'privacyMeasures', 'dpEpsilon', 'explanation', 'failureModes', 'humanFallback', 'missing', 'command',
];

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // RFC 4180: quote fields with a comma, quote or line break, doubling the quotes inside.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCompareCsv(rows: CompareRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
