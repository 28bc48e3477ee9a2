// Conversations, messages and tickets, identical on SQLite and PostgreSQL.
import { appendMessage, createConversation, createTicket, getConversation, listConversations, listTickets } from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

describe.each(PROVIDERS)('conversations on %s', (provider) => {
  useMigratedDatabase(provider);

  it('keeps messages oldest first and bumps updatedAt', async () => {
    const conversation = await createConversation({ domain: 'nlp-chatbot', title: 'Card blocked' });
    expect(conversation).toEqual({ id: expect.any(String), domain: 'nlp-chatbot', title: 'Card blocked', createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    // Appended back to back, several land in the same millisecond: the order must still hold.
    const texts = ['hello', 'my card is blocked', 'which card?', 'the visa', 'done', 'thanks'];
    const sent = [];
    for (const [i, text] of texts.entries()) {
      sent.push(await appendMessage({ conversationId: conversation.id, role: i % 2 ? 'bot' : 'user', text, ...(i === 1 ? { meta: { intent: 'card_blocked', confidence: 0.93 } } : {}) }));
    }
    expect(sent[0]).toEqual({ id: expect.any(String), conversationId: conversation.id, role: 'user', text: 'hello', meta: null, createdAt: expect.any(Date) });
    expect(sent[1].meta).toEqual({ intent: 'card_blocked', confidence: 0.93 });

    const stored = await getConversation(conversation.id);
    expect(stored?.messages.map((m) => m.text)).toEqual(texts);
    expect(stored?.messages).toEqual(sent);
    expect(stored?.updatedAt.getTime()).toBeGreaterThanOrEqual(sent[sent.length - 1].createdAt.getTime());
    expect(stored?.updatedAt.getTime()).toBeGreaterThan(conversation.updatedAt.getTime());
    expect(await getConversation('missing')).toBeNull();
  });

  it('answers not_found for a missing conversation and invalid for bad input', async () => {
    await expect(appendMessage({ conversationId: 'missing', role: 'user', text: 'hi' })).rejects.toMatchObject({ code: 'not_found' });
    const c = await createConversation({ domain: 'nlp-chatbot' });
    expect(c.title).toBeNull();
    await expect(appendMessage({ conversationId: c.id, role: 'agent' as 'bot', text: 'hi' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('role') });
    await expect(appendMessage({ conversationId: c.id, role: 'user', text: '   ' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('text') });
    await expect(createConversation({ domain: 'NLP bot' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('domain') });
  });

  it('lists a domain\'s conversations, most recently active first', async () => {
    const a = await createConversation({ domain: 'support-bot' });
    const b = await createConversation({ domain: 'support-bot' });
    await createConversation({ domain: 'other-bot' });
    await new Promise((r) => setTimeout(r, 5));
    await appendMessage({ conversationId: a.id, role: 'user', text: 'still there?' });
    expect((await listConversations({ domain: 'support-bot' })).map((c) => c.id)).toEqual([a.id, b.id]);
    expect((await listConversations({ domain: 'support-bot', limit: 1 })).map((c) => c.id)).toEqual([a.id]);
  });

  it('opens tickets with the conversation\'s domain and filters them', async () => {
    const c = await createConversation({ domain: 'nlp-chatbot' });
    const other = await createConversation({ domain: 'support-bot' });
    const t1 = await createTicket({ conversationId: c.id, reason: 'low confidence', summary: 'user asks about a refund' });
    expect(t1).toEqual({ id: expect.any(String), conversationId: c.id, domain: 'nlp-chatbot', reason: 'low confidence', summary: 'user asks about a refund', status: 'open', createdAt: expect.any(Date) });
    const t2 = await createTicket({ conversationId: other.id, reason: 'asked for a person' });
    expect(t2.summary).toBeNull();
    expect((await listTickets({ domain: 'nlp-chatbot' })).map((t) => t.id)).toEqual([t1.id]);
    expect((await listTickets({ status: 'open' })).map((t) => t.id).sort()).toEqual([t1.id, t2.id].sort());
    expect(await listTickets({ status: 'closed' })).toEqual([]);
    await expect(createTicket({ conversationId: 'missing', reason: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createTicket({ conversationId: c.id, reason: '' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('reason') });
  });
});
