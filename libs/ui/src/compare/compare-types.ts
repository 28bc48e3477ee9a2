// The Compare page's data as the UI reads it: a structural copy of @atlas/service's CompareData
// (loadCompareData), which ui may not import.
import type { TradeoffCardData } from '../cards/tradeoff-types';

export interface CompareRunData {
  runId: string;
  config: string;
  modelKind: string;
  active: boolean;
  finishedAt: string | null;
  card: TradeoffCardData | null;
  cardError: string | null;
}

export interface CompareDomainEntry {
  id: string;
  name: string;
  app: string;
  /** e.g. `npx nx run credit-risk:train` */
  command: string;
  active: CompareRunData | null;
  runs: CompareRunData[];
  missing: string | null;
  error: string | null;
}

export interface CompareData {
  generatedAt: string;
  domains: CompareDomainEntry[];
}
