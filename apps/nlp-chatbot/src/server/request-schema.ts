// Request bodies of the chat, predict and explain routes (400s name the field).
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters');
const threshold = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1').optional();
const margin = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1').optional();

export const PredictRequest = z.strictObject({ text, threshold, margin });
export type PredictRequest = z.infer<typeof PredictRequest>;

export const ExplainRequest = z.strictObject({ text, intent: z.string().min(1).max(100).optional() });

/** One user turn: a typed message, or a clarification choice (an intent the bot offered). */
export const ChatRequest = z
  .strictObject({
    conversationId: z.string().min(1).max(100).optional(),
    text: text.optional(),
    choice: z.string().min(1).max(100).optional(),
    threshold,
    margin,
  })
  .refine((b) => (b.text === undefined) !== (b.choice === undefined), { message: 'give either text or choice', path: ['text'] })
  .refine((b) => b.choice === undefined || b.conversationId !== undefined, { message: 'a choice needs the conversationId it answers', path: ['conversationId'] });
export type ChatRequest = z.infer<typeof ChatRequest>;

export const HandoffRequest = z.strictObject({
  conversationId: z.string().min(1).max(100),
  reason: z.enum(['out-of-scope', 'negative-sentiment', 'user-request']),
});

export const ConversationParams = z.object({ id: z.string().min(1).max(100) });
