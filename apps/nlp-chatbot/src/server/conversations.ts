// The chat: conversations, their messages and the handoff tickets persist in the registry. Every
// user text is redacted (data-pipeline's redactPii: e-mails, phone and card numbers, ids) before it
// is stored or logged; the bot's replies are templates and carry no user text. Node only.
import { redactPii } from '@atlas/data-pipeline';
import { appendMessage, createConversation, createTicket, getConversation, type JsonObject } from '@atlas/registry';
import { HttpError, json, parseJsonBody, parseParams, route, timedPredict } from '@atlas/service';
import { chosenTurn } from '../domain/dialogue';
import { intentWords } from '../domain/replies';
import { assistantTurn, loggedTurn } from './assistant';
import { ChatRequest, ConversationParams, HandoffRequest } from './request-schema';
import { models } from './service';

export const DOMAIN = 'nlp-chatbot';

async function conversationOf(id: string) {
  const conversation = await getConversation(id);
  if (!conversation || conversation.domain !== DOMAIN) throw new HttpError(404, { error: 'not_found', message: `conversation ${id} not found` });
  return conversation;
}

function titleOf(text: string): string {
  const t = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return t;
}

export const chatResponse = route(async (req: Request) => {
  const body = await parseJsonBody(req, ChatRequest);
  if (body.conversationId) await conversationOf(body.conversationId);
  if (body.choice !== undefined) {
    const { model, run } = await models.require();
    if (!model.predictor.preprocess.labels.includes(body.choice)) {
      throw new HttpError(400, { error: 'invalid_input', message: `choice: unknown intent "${body.choice}"`, issues: [{ field: 'choice', reason: 'unknown intent' }] });
    }
    const conversationId = body.conversationId as string;
    const turn = chosenTurn(body.choice, { custom: model.predictor.preprocess.custom });
    await appendMessage({ conversationId, role: 'user', text: `(chose) ${intentWords(body.choice)}`, meta: { choice: body.choice } });
    await appendMessage({ conversationId, role: 'bot', text: turn.text, meta: { intent: body.choice, kind: turn.kind, runId: run.id } });
    return json({ conversationId, turn, decision: null, sentiment: null, latencyMs: 0, runId: run.id });
  }
  const text = body.text as string;
  const redacted = redactPii(text).text;
  const { output, latencyMs, run } = await timedPredict(models, { text, threshold: body.threshold, margin: body.margin }, (m, x) => assistantTurn(m, x), { logOutput: loggedTurn });
  const conversationId = body.conversationId ?? (await createConversation({ domain: DOMAIN, title: titleOf(redacted) })).id;
  const d = output.decision;
  await appendMessage({ conversationId, role: 'user', text: redacted, meta: { sentiment: output.sentiment.score } });
  const meta: JsonObject = { intent: d.intent, confidence: d.confidence, top: d.top.map((t) => ({ intent: t.intent, probability: t.probability })), kind: output.turn.kind, handoffReason: output.turn.handoffReason, runId: run.id };
  await appendMessage({ conversationId, role: 'bot', text: output.turn.text, meta });
  return json({ conversationId, ...output, redactedText: redacted, latencyMs, runId: run.id, config: run.config });
});

export const handoffResponse = route(async (req: Request) => {
  const body = await parseJsonBody(req, HandoffRequest);
  const conversation = await conversationOf(body.conversationId);
  // What the agent reads first: the user's last few messages. Stored messages are already redacted;
  // redact again in case an older row was not.
  const said = conversation.messages.filter((m) => m.role === 'user').slice(-5).map((m) => redactPii(m.text).text);
  const summary = said.length ? said.join(' / ').slice(0, 2000) : undefined;
  const ticket = await createTicket({ conversationId: conversation.id, reason: body.reason, summary });
  await appendMessage({ conversationId: conversation.id, role: 'system', text: 'Handed over to a person: an agent will reply here.', meta: { ticketId: ticket.id, reason: body.reason } });
  return json({ ticket }, { status: 201 });
});

export const conversationResponse = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await parseParams(ctx.params, ConversationParams);
  return json({ conversation: await conversationOf(id) });
});
