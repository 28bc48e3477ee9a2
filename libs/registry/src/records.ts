// What the registry returns: plain objects independent of the generated clients, so that SQLite and
// PostgreSQL give the same TypeScript API.
import type { MessageRole, RunStatus, TicketStatus, WorkshopStatus } from './schemas';

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

export interface ConversationRecord {
  id: string;
  domain: string;
  title: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MessageRecord {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  meta: JsonObject | null;
  createdAt: Date;
}

export interface TicketRecord {
  id: string;
  conversationId: string;
  domain: string;
  reason: string;
  summary: string | null;
  status: TicketStatus;
  createdAt: Date;
}

export interface InteractionRecord {
  id: string;
  domain: string;
  userKey: string;
  itemKey: string;
  value: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface WorkshopTeamRecord {
  id: string;
  workshopId: string;
  name: string;
  /** 0..n-1, in the order the teams were given. */
  position: number;
  joinedAt: Date | null;
}

export interface WorkshopRecord {
  id: string;
  name: string;
  joinCode: string;
  stations: string[];
  minutesPerRotation: number;
  status: WorkshopStatus;
  rotation: number;
  rotationStartedAt: Date | null;
  createdAt: Date;
  teams: WorkshopTeamRecord[];
}

export interface WorkshopAnswerRecord {
  id: string;
  workshopId: string;
  teamId: string;
  station: string;
  rotation: number;
  answer: string;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The active model as the overview page and health route show it. */
export interface ActiveModel {
  id: string;
  modelKind: string;
  config: string;
  finishedAt: string | null;
  headline: { name: string; value: number } | null;
}
