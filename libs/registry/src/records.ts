// What the registry returns: plain objects independent of the generated clients, so that SQLite and
// PostgreSQL give the same TypeScript API.
import type { RunStatus } from './schemas';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface DatasetRecord {
  id: string;
  domain: string;
  name: string;
  source: string;
  license: string;
  rows: number;
  sha256: string | null;
  isSample: boolean;
  createdAt: Date;
}

export interface ModelRunRecord {
  id: string;
  domain: string;
  datasetId: string | null;
  modelKind: string;
  config: string;
  params: JsonObject;
  backend: string;
  status: RunStatus;
  metrics: JsonObject | null;
  tradeoffCard: JsonObject | null;
  artifactPath: string | null;
  artifactSha256: string | null;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  active: boolean;
}

export interface PredictionRecord {
  id: string;
  runId: string;
  domain: string;
  inputHash: string;
  redactedInput: JsonValue;
  output: JsonValue;
  latencyMs: number;
  createdAt: Date;
}

export interface FeedbackRecord {
  id: string;
  predictionId: string;
  rating: number | null;
  label: string | null;
  comment: string | null;
  createdAt: Date;
}

/** The active model as the overview page and health route show it. */
export interface ActiveModel {
  id: string;
  modelKind: string;
  config: string;
  finishedAt: string | null;
  headline: { name: string; value: number } | null;
}
