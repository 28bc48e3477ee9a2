// Conversations with an app's assistant (nlp-chatbot), their messages, and the tickets that hand a
// conversation over to a person. Text is stored as given: callers redact personal data first.
import { getPrisma } from './client';
import { errorCode, RegistryError } from './errors';
import type { Conversation, Message, Prisma, Ticket } from './generated/sqlite/client';
import type { ConversationRecord, JsonObject, MessageRecord, TicketRecord } from './records';
import {
  AppendMessageInputSchema,
  CreateConversationInputSchema,
  CreateTicketInputSchema,
  ListConversationsInputSchema,
  ListTicketsInputSchema,
  type AppendMessageInput,
  type CreateConversationInput,
  type CreateTicketInput,
  type ListConversationsInput,
  type ListTicketsInput,
  type MessageRole,
  type TicketStatus,
} from './schemas';
import { parseInput } from './validate';

const toConversation = ({ id, domain, title, createdAt, updatedAt }: Conversation): ConversationRecord => ({ id, domain, title, createdAt, updatedAt });
const toMessage = (row: Message): MessageRecord => ({ ...row, role: row.role as MessageRole, meta: (row.meta ?? null) as JsonObject | null });
const toTicket = (row: Ticket): TicketRecord => ({ ...row, status: row.status as TicketStatus });

export async function createConversation(input: CreateConversationInput): Promise<ConversationRecord> {
  const data = parseInput(CreateConversationInputSchema, 'conversation', input);
  return toConversation(await getPrisma().conversation.create({ data: { domain: data.domain, title: data.title ?? null } }));
}

/** Adds a message and bumps the conversation's updatedAt; not_found when the conversation is gone. */
export async function appendMessage(input: AppendMessageInput): Promise<MessageRecord> {
  const data = parseInput(AppendMessageInputSchema, 'message', input);
  const row = await getPrisma().$transaction(async (tx) => {
    // Updating the conversation first takes its row lock (PostgreSQL) or the write lock (SQLite),
    // so concurrent appends to one conversation queue and their timestamps stay in order.
    const now = new Date();
    const { count } = await tx.conversation.updateMany({ where: { id: data.conversationId }, data: { updatedAt: now } });
    if (count === 0) throw new RegistryError('not_found', `conversation ${data.conversationId} not found`);
    const last = await tx.message.findFirst({ where: { conversationId: data.conversationId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
    // Strictly after the previous message, so that "oldest first" is the order they were appended in
    // even within one millisecond.
    const createdAt = last && last.createdAt >= now ? new Date(last.createdAt.getTime() + 1) : now;
    if (createdAt > now) await tx.conversation.update({ where: { id: data.conversationId }, data: { updatedAt: createdAt } });
    return tx.message.create({
      data: { conversationId: data.conversationId, role: data.role, text: data.text, meta: data.meta as Prisma.InputJsonObject | undefined, createdAt },
    });
  });
  return toMessage(row);
}

/** The conversation with its messages, oldest first. */
export async function getConversation(id: string): Promise<(ConversationRecord & { messages: MessageRecord[] }) | null> {
  const row = await getPrisma().conversation.findUnique({
    where: { id },
    include: { messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  });
  return row ? { ...toConversation(row), messages: row.messages.map(toMessage) } : null;
}

/** A domain's conversations, most recently active (updatedAt) first. */
export async function listConversations(input: ListConversationsInput): Promise<ConversationRecord[]> {
  const { domain, limit } = parseInput(ListConversationsInputSchema, 'conversation list', input);
  const rows = await getPrisma().conversation.findMany({ where: { domain }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: limit });
  return rows.map(toConversation);
}

/** Opens a ticket on a conversation; it takes the conversation's domain. */
export async function createTicket(input: CreateTicketInput): Promise<TicketRecord> {
  const data = parseInput(CreateTicketInputSchema, 'ticket', input);
  const prisma = getPrisma();
  const conversation = await prisma.conversation.findUnique({ where: { id: data.conversationId }, select: { domain: true } });
  if (!conversation) throw new RegistryError('not_found', `conversation ${data.conversationId} not found`);
  try {
    const row = await prisma.ticket.create({
      data: { conversationId: data.conversationId, domain: conversation.domain, reason: data.reason, summary: data.summary ?? null },
    });
    return toTicket(row);
  } catch (err) {
    // Deleted between the read and the insert.
    if (errorCode(err) === 'P2003') throw new RegistryError('not_found', `conversation ${data.conversationId} not found`);
    throw err;
  }
}

/** Tickets, newest first, optionally of one domain and status. */
export async function listTickets(input: ListTicketsInput = {}): Promise<TicketRecord[]> {
  const { domain, status, limit } = parseInput(ListTicketsInputSchema, 'ticket list', input);
  const rows = await getPrisma().ticket.findMany({
    where: { ...(domain ? { domain } : {}), ...(status ? { status } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map(toTicket);
}
