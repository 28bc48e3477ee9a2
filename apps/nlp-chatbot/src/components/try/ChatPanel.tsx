'use client';
import { useState } from 'react';
import type { BotTurn } from '../../domain/dialogue';
import type { Decision, KnobCases, Knobs } from '../../domain/decision';
import type { MessageSentiment } from '../../domain/sentiment';
import { percent, words } from '../format';
import { BrowserInference } from './BrowserInference';
import { KnobsPanel } from './KnobsPanel';
import { WordAttributions, type WordWeight } from './WordAttributions';

interface ChatReply {
  conversationId: string;
  turn: BotTurn;
  decision: Decision | null;
  sentiment: MessageSentiment | null;
  redactedText?: string;
  modelMs?: number;
  latencyMs: number;
}

type Entry =
  | { role: 'user'; text: string }
  | { role: 'bot'; reply: ChatReply; userText: string | null }
  | { role: 'system'; text: string };

const EXAMPLES = ['I lost my card, please block it', 'what is the exchange rate for euros', 'this is useless, your service is terrible and I hate it', 'can you recommend a good dentist'];

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = await res.json();
  if (!res.ok) throw new Error(data.message ?? data.error ?? `HTTP ${res.status}`);
  return data as T;
}

function BotMessage({ reply, onChoose, onHandoff, onExplain, handedOff }: { reply: ChatReply; onChoose: (i: string) => void; onHandoff: (reason: string) => void; onExplain: () => void; handedOff: boolean }) {
  const d = reply.decision;
  return (
    <div className="grid gap-2 rounded-xl bg-slate-100 p-3 dark:bg-slate-800" data-testid="bot-turn" data-kind={reply.turn.kind}>
      <p>{reply.turn.text}</p>
      {reply.turn.choices.length ? (
        <div className="flex flex-wrap gap-2">
          {reply.turn.choices.map((c) => (
            <button key={c} type="button" className="rounded-full border border-sky-600 px-3 py-1 text-sm text-sky-700 dark:text-sky-300" onClick={() => onChoose(c)}>
              {words(c)}
            </button>
          ))}
        </div>
      ) : null}
      {reply.turn.handoffReason && !handedOff ? (
        <button type="button" className="w-fit rounded-lg bg-amber-600 px-3 py-1 text-sm font-medium text-white" onClick={() => onHandoff(reply.turn.handoffReason as string)}>
          Talk to a person
        </button>
      ) : null}
      {d ? (
        <div className="text-xs text-slate-600 dark:text-slate-300">
          <p data-testid="turn-intent">
            Intent <strong>{words(d.intent)}</strong> · confidence {percent(d.confidence)} · margin {percent(d.margin)}
            {d.oosProbability > 0 ? ` · out-of-scope class ${percent(d.oosProbability)}` : ''}
            {reply.sentiment ? ` · sentiment ${reply.sentiment.score}` : ''} · {reply.latencyMs.toFixed(1)} ms
          </p>
          <ol className="mt-1 flex flex-wrap gap-3" aria-label="Top three intents">
            {d.top.map((t) => (
              <li key={t.intent}>
                {words(t.intent)} {percent(t.probability)}
              </li>
            ))}
          </ol>
          <button type="button" className="mt-1 underline" onClick={onExplain}>
            Why this intent?
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function ChatPanel({ runId, cases, chosen, custom, serverP50Ms }: { runId: string; cases: KnobCases; chosen: Knobs; custom: boolean; serverP50Ms: number }) {
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [text, setText] = useState('');
  const [knobs, setKnobs] = useState<Knobs>(chosen);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [explained, setExplained] = useState<{ text: string; intent: string; words: WordWeight[] } | null>(null);
  const [handedOff, setHandedOff] = useState(false);
  const lastBot = [...entries].reverse().find((e): e is Extract<Entry, { role: 'bot' }> => e.role === 'bot' && e.reply.decision !== null);

  async function send(body: { text?: string; choice?: string }) {
    setBusy(true);
    setError(null);
    try {
      const reply = await post<ChatReply>('/api/chat', { ...body, conversationId: conversationId ?? undefined, threshold: knobs.threshold, margin: knobs.margin });
      setConversationId(reply.conversationId);
      setEntries((prev) => [...prev, { role: 'user', text: body.text ? (reply.redactedText ?? body.text) : `(chose) ${words(body.choice as string)}` }, { role: 'bot', reply, userText: body.text ? (reply.redactedText ?? body.text) : null }]);
      setText('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function handoff(reason: string) {
    if (!conversationId) return;
    try {
      const { ticket } = await post<{ ticket: { id: string } }>('/api/handoff', { conversationId, reason });
      setHandedOff(true);
      setEntries((prev) => [...prev, { role: 'system', text: `Handed over to a person (ticket ${ticket.id}). An agent will reply here.` }]);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  async function explain(userText: string) {
    try {
      const r = await post<{ explained: string; words: WordWeight[] }>('/api/explain', { text: userText });
      setExplained({ text: userText, intent: r.explained, words: r.words });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="chat-title" className="grid content-start gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="chat-title" className="text-lg font-semibold">
          Support chat
        </h2>
        {custom ? <p className="text-sm text-slate-500">This model was trained on your own intents: replies are generic.</p> : null}
        <ul className="grid gap-2" aria-live="polite" data-testid="chat-log">
          {entries.map((e, i) => (
            <li key={i} className={e.role === 'user' ? 'justify-self-end rounded-xl bg-sky-600 px-3 py-2 text-white' : e.role === 'system' ? 'text-sm italic text-slate-500' : ''}>
              {e.role === 'bot' ? (
                <BotMessage reply={e.reply} handedOff={handedOff} onChoose={(c) => void send({ choice: c })} onHandoff={(r) => void handoff(r)} onExplain={() => e.userText && void explain(e.userText)} />
              ) : (
                e.text
              )}
            </li>
          ))}
        </ul>
        <form
          className="flex gap-2"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (text.trim()) void send({ text });
          }}
        >
          <input
            className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
            value={text}
            maxLength={500}
            onChange={(e) => setText(e.target.value)}
            placeholder="Ask the assistant…"
            aria-label="Message"
          />
          <button type="submit" disabled={busy} className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white disabled:opacity-50">
            Send
          </button>
        </form>
        <div className="flex flex-wrap gap-2 text-sm">
          {EXAMPLES.map((x) => (
            <button key={x} type="button" className="rounded-full border border-slate-300 px-3 py-1 dark:border-slate-700" onClick={() => setText(x)}>
              {x}
            </button>
          ))}
        </div>
        {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
        <p className="text-xs text-slate-500">
          Conversations are stored with e-mails, phone and card numbers and ids replaced by placeholders{conversationId ? ` (conversation ${conversationId})` : ''}.
        </p>
        {explained ? <WordAttributions text={explained.text} intent={explained.intent} words={explained.words} /> : null}
      </section>
      <div className="grid content-start gap-6">
        <KnobsPanel cases={cases} knobs={knobs} chosen={chosen} onKnobs={setKnobs} />
        <BrowserInference runId={runId} text={lastBot?.userText ?? null} knobs={knobs} serverModelMs={lastBot?.reply.modelMs ?? null} serverIntent={lastBot?.reply.decision?.intent ?? null} serverP50Ms={serverP50Ms} />
      </div>
    </div>
  );
}
