// The tradeoff card as the UI reads it. A structural copy of model-core's `TradeoffCard` (ui may not
// import other libs): a card parsed by model-core's schema is assignable to this type as is.

export interface LatencyData {
  p50Ms: number;
  p95Ms: number;
  p99Ms?: number;
  backend: string;
  batchSize: number;
  runs: number;
}

export interface TradeoffCardData {
  schemaVersion: 1;
  task: { domain: string; name: string; kind: string; description?: string };
  dataset: {
    name: string;
    rows: { train: number; validation?: number; test: number };
    source: string;
    license: string;
    isSample: boolean;
  };
  quality: {
    metric: string;
    value: number;
    higherIsBetter: boolean;
    ci: { low: number; high: number; level: number; method: string } | null;
    split: string;
    anchor: { name: string; value: number; source: string };
  };
  latency: { server: LatencyData | null; browser: LatencyData | null };
  size: { parameters: number; bytes: number };
  training: { seconds: number; backend: string; epochs?: number; seed: number; samplesPerSecond?: number };
  privacy: {
    sensitivity: 'public' | 'personal' | 'sensitive';
    measures: string[];
    differentialPrivacy: { epsilon: number; delta: number; accountant: string } | null;
  };
  explanation: { method: string; description?: string };
  failureModes: string[];
  humanFallback: string;
  createdAt: string;
}

/** How far the model is from its anchor, in the metric's "better" direction (positive = better). */
export function qualityGain(card: Pick<TradeoffCardData, 'quality'>): number {
  const { value, anchor, higherIsBetter } = card.quality;
  return higherIsBetter ? value - anchor.value : anchor.value - value;
}

/** The same gain relative to the anchor (0.1 = 10% better), comparable across metrics; null for a zero anchor. */
export function relativeQualityGain(card: Pick<TradeoffCardData, 'quality'>): number | null {
  const anchor = card.quality.anchor.value;
  return anchor === 0 ? null : qualityGain(card) / Math.abs(anchor);
}
