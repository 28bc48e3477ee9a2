// Input schemas for everything that reaches the registry from outside (routes, training workers).
// Exported so that route handlers can reuse them for their own 400 answers.
import { z } from 'zod';

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const FINAL_RUN_STATUSES = ['succeeded', 'failed', 'cancelled'] as const;
export type FinalRunStatus = (typeof FINAL_RUN_STATUSES)[number];

export const DomainSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a domain name: lowercase letters, digits, dashes');
const IdSchema = z.string().min(1).max(100);
const NameSchema = z.string().trim().min(1).max(200);
const Sha256Schema = z.string().regex(/^[a-f0-9]{64}$/, 'expected 64 lowercase hex characters');
/** Any JSON except a top-level null (a column holding JSON null reads back ambiguously). */
const JsonSchema = z.json().refine((v) => v !== null, 'must not be null');
const JsonObjectSchema = z.record(z.string(), z.json());

export const HeadlineSchema = z.object({ name: z.string().min(1), value: z.number().finite() });
/** Metrics are free-form JSON; `headline` is the one number the overview page shows. */
export const MetricsSchema = z.object({ headline: HeadlineSchema.optional() }).catchall(z.json());

export const DatasetInputSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'expected letters, digits, dots, dashes, underscores'),
  domain: DomainSchema,
  name: NameSchema,
  source: NameSchema,
  license: NameSchema,
  rows: z.number().int().nonnegative(),
  sha256: Sha256Schema.nullish(),
  isSample: z.boolean().default(false),
});
export type DatasetInput = z.input<typeof DatasetInputSchema>;

export const CreateRunInputSchema = z.object({
  domain: DomainSchema,
  modelKind: NameSchema,
  /** The name of the configuration preset (e.g. "small", "default"). */
  config: NameSchema,
  params: JsonObjectSchema.default({}),
  /** The TensorFlow.js backend that trains it. */
  backend: z.string().min(1).max(40),
  datasetId: IdSchema.nullish(),
  status: z.enum(['queued', 'running']).default('running'),
});
export type CreateRunInput = z.input<typeof CreateRunInputSchema>;

export const FinishRunInputSchema = z.object({
  status: z.enum(FINAL_RUN_STATUSES),
  metrics: MetricsSchema.optional(),
  tradeoffCard: JsonObjectSchema.optional(),
  artifactPath: z.string().min(1).max(1000).optional(),
  artifactSha256: Sha256Schema.optional(),
  error: z.string().max(10_000).optional(),
});
export type FinishRunInput = z.input<typeof FinishRunInputSchema>;

export const LogPredictionInputSchema = z.object({
  runId: IdSchema,
  domain: DomainSchema,
  /** A hash of the raw input, so that repeats can be counted without storing the input. */
  inputHash: z.string().min(1).max(128),
  /** The input with personal data removed: this is what gets stored. */
  redactedInput: JsonSchema,
  output: JsonSchema,
  latencyMs: z.number().finite().nonnegative(),
  /** When the prediction was made (default: when the row is written; batched writers pass it). */
  createdAt: z.date().optional(),
});
export type LogPredictionInput = z.input<typeof LogPredictionInputSchema>;

export const FeedbackInputSchema = z
  .object({
    predictionId: IdSchema,
    /** Thumbs (-1 or 1) or stars (1 to 5). */
    rating: z.number().int().min(-1).max(5).optional(),
    /** The label the user says is right. */
    label: z.string().trim().min(1).max(200).optional(),
    comment: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((f) => f.rating !== undefined || f.label !== undefined || f.comment !== undefined, {
    message: 'give a rating, a label or a comment',
    path: ['rating'],
  });
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;

// Conversations, interactions and workshops (what the apps record besides models).
const TextSchema = z.string().trim().min(1);
const LabelSchema = z.string().trim().min(1).max(200);

export const MESSAGE_ROLES = ['user', 'bot', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];
export const TICKET_STATUSES = ['open', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const WORKSHOP_STATUSES = ['waiting', 'running', 'finished'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const CreateConversationInputSchema = z.object({ domain: DomainSchema, title: LabelSchema.optional() });
export type CreateConversationInput = z.input<typeof CreateConversationInputSchema>;

export const AppendMessageInputSchema = z.object({
  conversationId: IdSchema,
  role: z.enum(MESSAGE_ROLES),
  text: TextSchema.max(20_000),
  meta: JsonObjectSchema.optional(),
});
export type AppendMessageInput = z.input<typeof AppendMessageInputSchema>;

export const ListConversationsInputSchema = z.object({ domain: DomainSchema, limit: z.number().int().min(1).max(1000).default(50) });
export type ListConversationsInput = z.input<typeof ListConversationsInputSchema>;

export const CreateTicketInputSchema = z.object({
  conversationId: IdSchema,
  reason: TextSchema.max(500),
  summary: TextSchema.max(5000).optional(),
});
export type CreateTicketInput = z.input<typeof CreateTicketInputSchema>;

export const ListTicketsInputSchema = z.object({
  domain: DomainSchema.optional(),
  status: z.enum(TICKET_STATUSES).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type ListTicketsInput = z.input<typeof ListTicketsInputSchema>;

export const InteractionInputSchema = z.object({
  domain: DomainSchema,
  userKey: LabelSchema,
  itemKey: LabelSchema,
  value: z.number().finite(),
});
export type InteractionInput = z.input<typeof InteractionInputSchema>;

export const ListInteractionsInputSchema = z.object({
  domain: DomainSchema,
  userKey: LabelSchema.optional(),
  limit: z.number().int().min(1).optional(),
});
export type ListInteractionsInput = z.input<typeof ListInteractionsInputSchema>;

/** Distinct, trimmed names: stations and teams are told apart by name. */
const NameListSchema = z
  .array(LabelSchema)
  .min(1)
  .max(50)
  .refine((names) => new Set(names).size === names.length, 'names must be distinct');

export const CreateWorkshopInputSchema = z.object({
  name: LabelSchema,
  stations: NameListSchema,
  teams: NameListSchema,
  minutesPerRotation: z.number().int().min(1).max(480),
});
export type CreateWorkshopInput = z.input<typeof CreateWorkshopInputSchema>;

export const UpdateWorkshopInputSchema = z.object({
  status: z.enum(WORKSHOP_STATUSES).optional(),
  rotation: z.number().int().min(0).max(10_000).optional(),
  rotationStartedAt: z.date().nullable().optional(),
});
export type UpdateWorkshopInput = z.input<typeof UpdateWorkshopInputSchema>;

export const WorkshopAnswerInputSchema = z.object({
  workshopId: IdSchema,
  teamId: IdSchema,
  station: LabelSchema,
  rotation: z.number().int().min(0).max(10_000),
  answer: TextSchema.max(20_000),
  notes: TextSchema.max(20_000).optional(),
});
export type WorkshopAnswerInput = z.input<typeof WorkshopAnswerInputSchema>;
