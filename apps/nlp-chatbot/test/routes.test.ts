// The chatbot's routes on a model trained on the project's sample: predict/explain answers and their
// 400s, the chat persisting redacted messages, clarification choices, the handoff ticket, and the
// admin-only run routes.
import { getConversation, listTickets } from '@atlas/registry';
import { POST as chat } from '../app/api/chat/route';
import { GET as conversation } from '../app/api/conversations/[id]/route';
import { POST as explain } from '../app/api/explain/route';
import { POST as handoff } from '../app/api/handoff/route';
import { POST as predict } from '../app/api/predict/route';
import { GET as listRuns } from '../app/api/runs/route';
import { POST as promote } from '../app/api/runs/[id]/promote/route';
import { POST as train } from '../app/api/train/route';
import { GET as artifactFile } from '../app/api/runs/[id]/artifact/[file]/route';
import { jobs, models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';
import { jsonPost as post, routeContext as ctx, useAdminToken } from '../../../tools/testing/route-requests';

const state = useTrainedHome(['fast']);
const TOKEN = 'nlp-route-token';

useAdminToken(TOKEN, { jobs, models });

describe('predict and explain', () => {
  it('predicts an intent with its confidence, the top three and a reply', async () => {
    const res = await predict(post('/api/predict', { text: 'please block my checking card' }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.decision.intent).toBe('freeze_account');
    expect(body.decision.top).toHaveLength(3);
    expect(body.decision.top[0].probability).toBeGreaterThanOrEqual(body.decision.top[1].probability);
    expect(body.turn.kind).toBe('answer');
    expect(body.turn.text).toMatch(/freeze/i);
    expect(body.runId).toBe(state.outcomes.fast.runId);
  });

  it('sends a message below the threshold to the fallback with a handoff offer', async () => {
    const body = await (await predict(post('/api/predict', { text: 'please block my checking card', threshold: 1 }), undefined)).json();
    expect(body.decision.kind).toBe('out-of-scope');
    expect(body.turn).toMatchObject({ kind: 'fallback', handoffReason: 'out-of-scope' });
  });

  it('asks a clarifying question with two choices when the margin setting is above the gap', async () => {
    const body = await (await predict(post('/api/predict', { text: 'please block my checking card', threshold: 0, margin: 1 }), undefined)).json();
    expect(body.turn.kind).toBe('clarify');
    expect(body.turn.choices).toEqual(body.decision.top.slice(0, 2).map((t: { intent: string }) => t.intent));
  });

  it('escalates a very negative message whatever its intent', async () => {
    const body = await (await predict(post('/api/predict', { text: 'this is terrible and useless, i hate it, block my card' }), undefined)).json();
    expect(body.sentiment.veryNegative).toBe(true);
    expect(body.turn).toMatchObject({ kind: 'escalate', handoffReason: 'negative-sentiment' });
  });

  it('answers 400 naming the field for bad input', async () => {
    const cases: [unknown, string][] = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: 'x'.repeat(501) }, 'text'],
      [{ text: 'hi', threshold: 2 }, 'threshold'],
      [{ text: 'hi', extra: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await predict(post('/api/predict', body), undefined);
      expect(res.status).toBe(400);
      const json = await res.json();
      if (field) expect(json.issues[0].field).toBe(field);
      expect(JSON.stringify(json)).not.toMatch(/node_modules|\/apps\//);
    }
    expect((await predict(post('/api/predict', '{not json'), undefined)).status).toBe(400);
  });

  it('explains with one attribution per word, the top words pushing toward the intent', async () => {
    const res = await explain(post('/api/explain', { text: 'please block my checking card' }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.explained).toBe('freeze_account');
    expect(body.words.map((w: { word: string }) => w.word)).toEqual(['please', 'block', 'my', 'checking', 'card']);
    const block = body.words.find((w: { word: string }) => w.word === 'block');
    expect(block.attribution).toBeGreaterThan(0);
    expect((await explain(post('/api/explain', { text: 'hi', intent: 'nope' }), undefined)).status).toBe(400);
  });
});

describe('chat persistence', () => {
  it('stores the conversation with PII redacted, and a handoff becomes a ticket', async () => {
    const text = 'i lost my savings card, freeze it. mail me at jane.doe@example.com or call +1 415 555 0100';
    const res = await chat(post('/api/chat', { text }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.redactedText).not.toContain('jane.doe@example.com');
    const stored = await getConversation(body.conversationId);
    expect(stored?.domain).toBe('nlp-chatbot');
    const [user, bot] = stored?.messages ?? [];
    expect(user.role).toBe('user');
    expect(user.text).toContain('[EMAIL]');
    expect(user.text).not.toContain('jane.doe@example.com');
    expect(user.text).not.toContain('555 0100');
    expect(bot.role).toBe('bot');
    expect(bot.meta).toMatchObject({ intent: body.decision.intent, kind: body.turn.kind });

    // A second turn lands in the same conversation; a clarification choice answers with that intent.
    const again = await (await chat(post('/api/chat', { conversationId: body.conversationId, choice: 'transfer' }), undefined)).json();
    expect(again.turn).toMatchObject({ kind: 'answer' });
    expect(again.turn.text).toMatch(/move money/i);

    const ticketRes = await handoff(post('/api/handoff', { conversationId: body.conversationId, reason: 'user-request' }), undefined);
    expect(ticketRes.status).toBe(201);
    const { ticket } = await ticketRes.json();
    const tickets = await listTickets({ domain: 'nlp-chatbot' });
    expect(tickets.map((t) => t.id)).toContain(ticket.id);
    expect(tickets.find((t) => t.id === ticket.id)?.summary).toContain('[EMAIL]');

    const view = await (await conversation(new Request('http://localhost/api/conversations/x'), ctx(body.conversationId))).json();
    expect(view.conversation.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'bot', 'user', 'bot', 'system']);
    expect(JSON.stringify(view)).not.toContain('jane.doe@example.com');
  });

  it('refuses unknown conversations, choices and bad bodies', async () => {
    expect((await chat(post('/api/chat', { conversationId: 'nope', text: 'hi' }), undefined)).status).toBe(404);
    expect((await chat(post('/api/chat', { text: 'hi', choice: 'transfer' }), undefined)).status).toBe(400);
    const first = await (await chat(post('/api/chat', { text: 'what is the weather in oslo' }), undefined)).json();
    const bad = await chat(post('/api/chat', { conversationId: first.conversationId, choice: 'launch_rocket' }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].field).toBe('choice');
    expect((await handoff(post('/api/handoff', { conversationId: first.conversationId, reason: 'bored' }), undefined)).status).toBe(400);
    expect((await handoff(post('/api/handoff', { conversationId: 'nope', reason: 'user-request' }), undefined)).status).toBe(404);
    expect((await conversation(new Request('http://localhost/api/conversations/nope'), ctx('nope'))).status).toBe(404);
  });
});

describe('run routes', () => {
  it('lists the sample run as active', async () => {
    const body = await (await listRuns(new Request('http://localhost/api/runs'), undefined)).json();
    expect(body.activeRunId).toBe(state.outcomes.fast.runId);
    expect(body.runs[0].isSample).toBe(true);
  });

  it('refuses training and promotion without the admin token (401), and an unknown configuration (400)', async () => {
    const id = state.outcomes.fast.runId as string;
    expect((await train(post('/api/train', { config: 'fast' }), undefined)).status).toBe(401);
    expect((await promote(post(`/api/runs/${id}/promote`, {}), ctx(id))).status).toBe(401);
    const res = await train(post('/api/train', { config: 'bert' }, { authorization: `Bearer ${TOKEN}` }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].field).toBe('config');
  });

  it('serves the artifact files to the browser, and nothing else', async () => {
    const id = state.outcomes.fast.runId as string;
    const file = (name: string, run = id) => artifactFile(new Request(`http://localhost/api/runs/${run}/artifact/${name}`), { params: Promise.resolve({ id: run, file: name }) });
    expect((await file('preprocess.json')).status).toBe(200);
    expect((await file('../atlas.db')).status).toBe(400);
    expect((await file('model.json', 'nope')).status).toBe(404);
  });
});
