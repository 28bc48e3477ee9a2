'use client';
import { useCallback, useEffect, useId, useState } from 'react';
import { workshopApi } from './workshop-api';
import { formatCountdown, parseTeamNames, type AnswerData, type StationChallengeData, type WorkshopResponse } from './workshop-types';

export interface WorkshopAppProps {
  /** Base URL of every domain app by id: a station links to its app. */
  baseUrls: Record<string, string>;
  /** Stations offered when creating a workshop, in order (id and product name). */
  stations: { id: string; name: string }[];
  apiBase?: string;
}

interface Session {
  code: string;
  team?: string;
  key?: string;
}

const SESSION_KEY = 'atlas-workshop';
const input = 'rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';
const primary = 'rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50';
const secondary = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';
const panel = 'grid content-start gap-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900';

/** The session from the URL (a shared link), else the one this browser last used in this app. */
function readSession(): Session | null {
  const q = new URLSearchParams(window.location.search);
  const code = q.get('code');
  if (code) return { code: code.toUpperCase(), team: q.get('team') ?? undefined, key: q.get('key') ?? undefined };
  try {
    const stored = JSON.parse(window.localStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return stored?.code ? stored : null;
  } catch {
    return null;
  }
}

/** Remembered in the URL (so it can be shared or opened in another app) and in this origin's storage. */
function writeSession(s: Session | null): void {
  const url = new URL(window.location.href);
  for (const k of ['code', 'team', 'key']) url.searchParams.delete(k);
  if (s) {
    url.searchParams.set('code', s.code);
    if (s.team) url.searchParams.set('team', s.team);
    if (s.key) url.searchParams.set('key', s.key);
  }
  window.history.replaceState(window.history.state, '', url.toString());
  try {
    if (s) window.localStorage.setItem(SESSION_KEY, JSON.stringify(s));
    else window.localStorage.removeItem(SESSION_KEY);
  } catch {
    // storage disabled: the URL still holds the session
  }
}

function useCountdown(remainingMs: number, running: boolean, receivedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running, receivedAt]);
  // Never above what the server said: a fresh answer may arrive between two ticks.
  return Math.min(remainingMs, Math.max(0, remainingMs - (now - receivedAt)));
}

function Countdown({ data, receivedAt }: { data: WorkshopResponse; receivedAt: number }) {
  const w = data.workshop;
  const left = useCountdown(w.remainingMs, w.status === 'running', receivedAt);
  if (w.status !== 'running') return null;
  return (
    <p className="text-sm">
      Rotation {w.rotation + 1} of {w.rotations} ·{' '}
      <span className="font-mono text-2xl font-semibold tabular-nums" data-testid="workshop-countdown" aria-label={`${formatCountdown(left)} left in this rotation`}>
        {formatCountdown(left)}
      </span>{' '}
      left
    </p>
  );
}

function StartForms({ apiBase, stations, onSession }: { apiBase: string; stations: WorkshopAppProps['stations']; onSession: (s: Session, data: WorkshopResponse) => void }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [team, setTeam] = useState('');
  const [name, setName] = useState('');
  const [teams, setTeams] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [chosen, setChosen] = useState<string[]>(stations.map((s) => s.id));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function attempt(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        className={panel}
        aria-label="Join a workshop"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(async () => {
            const data = await workshopApi.join(apiBase, code.trim(), team.trim());
            onSession({ code: data.workshop.joinCode, team: data.you?.teamId }, data);
          });
        }}
      >
        <h2 className="text-xl font-semibold tracking-tight">Join a workshop</h2>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-code`}>
          Join code
          <input id={`${id}-code`} className={input + ' font-mono uppercase'} value={code} onChange={(e) => setCode(e.target.value)} required maxLength={6} autoComplete="off" />
        </label>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-team`}>
          Your team
          <input id={`${id}-team`} className={input} value={team} onChange={(e) => setTeam(e.target.value)} required maxLength={40} />
        </label>
        <button type="submit" className={primary} disabled={busy}>
          Join
        </button>
      </form>
      <form
        className={panel}
        aria-label="Run a workshop"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(async () => {
            const data = await workshopApi.create(apiBase, { name: name.trim(), teams: parseTeamNames(teams), minutesPerRotation: Number(minutes), stations: chosen });
            onSession({ code: data.workshop.joinCode, key: data.facilitatorKey }, data);
          });
        }}
      >
        <h2 className="text-xl font-semibold tracking-tight">Run a workshop</h2>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-name`}>
          Workshop name
          <input id={`${id}-name`} className={input} value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-teams`}>
          Teams (one per line)
          <textarea id={`${id}-teams`} className={input} rows={4} value={teams} onChange={(e) => setTeams(e.target.value)} required />
        </label>
        <label className="grid gap-1 text-sm" htmlFor={`${id}-minutes`}>
          Minutes per rotation
          <input id={`${id}-minutes`} className={input} type="number" min={0.5} max={240} step={0.5} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
        </label>
        <fieldset className="grid gap-1 text-sm">
          <legend className="font-medium">Stations</legend>
          {stations.map((s) => (
            <label key={s.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.includes(s.id)}
                onChange={(e) => setChosen(e.target.checked ? stations.map((x) => x.id).filter((x) => x === s.id || chosen.includes(x)) : chosen.filter((x) => x !== s.id))}
                className="accent-indigo-600"
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className={primary} disabled={busy || chosen.length === 0}>
          Create workshop
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300 md:col-span-2">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function TeamView({ data, you, receivedAt, apiBase, baseUrls, session, onData }: ViewProps & { you: NonNullable<WorkshopResponse['you']> }) {
  const w = data.workshop;
  const current = you.answers.find((a) => a.rotation === w.rotation && a.station === you.station.station);
  const [answer, setAnswer] = useState(current?.answer ?? '');
  const [notes, setNotes] = useState(current?.notes ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stationKey = `${w.rotation}:${you.station.station}`;
  const [formFor, setFormFor] = useState(stationKey);
  if (formFor !== stationKey) {
    // A new rotation starts with an empty form (or what was saved there before): reset while rendering.
    setFormFor(stationKey);
    setAnswer(current?.answer ?? '');
    setNotes(current?.notes ?? '');
    setSaved(null);
  }
  const stationUrl = `${baseUrls[you.station.station] ?? ''}${you.station.page}`;
  return (
    <section aria-label={`Team ${you.name}`} className="grid gap-4">
      <header className="grid gap-1">
        <p className="text-sm text-slate-500">
          {w.name} · code <span className="font-mono">{w.joinCode}</span> · team <strong>{you.name}</strong>
        </p>
        <Countdown data={data} receivedAt={receivedAt} />
      </header>
      {w.status === 'waiting' ? <p role="status">Waiting for the facilitator to start the workshop.</p> : null}
      {w.status === 'finished' ? <p role="status">The workshop is over. Thank you! Your answers are below.</p> : null}
      {w.status === 'running' ? (
        <div className={panel}>
          <h2 className="text-xl font-semibold tracking-tight">
            Station: <span data-testid="workshop-station">{you.station.title}</span>
          </h2>
          <p data-testid="workshop-challenge">{you.station.challenge}</p>
          <p>
            <a className="text-indigo-700 underline dark:text-indigo-300" href={stationUrl} target="_blank" rel="noreferrer">
              Open the {you.station.title} ({you.station.page})
            </a>
          </p>
          <form
            className="grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              setError(null);
              workshopApi
                .answer(apiBase, session.code, { teamId: you.teamId, answer, notes: notes || undefined })
                .then((d) => {
                  onData(d);
                  setSaved(new Date().toLocaleTimeString());
                })
                .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
            }}
          >
            <label className="grid gap-1 text-sm">
              Your answer
              <textarea className={input} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} required />
            </label>
            <label className="grid gap-1 text-sm">
              Notes (optional)
              <textarea className={input} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </label>
            <div className="flex items-center gap-3">
              <button type="submit" className={primary}>
                Save answer
              </button>
              {saved ? <span role="status" className="text-sm text-emerald-700 dark:text-emerald-300">Saved at {saved}</span> : null}
            </div>
            {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
          </form>
        </div>
      ) : null}
      <AnswersTable title="Your answers" answers={you.answers} stations={w.stations} />
    </section>
  );
}

function AnswersTable({ title, answers, stations }: { title: string; answers: AnswerData[]; stations: StationChallengeData[] }) {
  if (answers.length === 0) return null;
  const name = (id: string) => stations.find((s) => s.station === id)?.title ?? id;
  return (
    <section className="grid gap-2">
      <h3 className="text-lg font-semibold">{title}</h3>
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Team</th>
            <th className="py-1">Rotation</th>
            <th className="py-1">Station</th>
            <th className="py-1">Answer</th>
            <th className="py-1">Notes</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((a) => (
            <tr key={`${a.team}-${a.rotation}-${a.station}`} className="border-t border-slate-100 align-top dark:border-slate-800">
              <td className="py-1">{a.team}</td>
              <td className="py-1">{a.rotation + 1}</td>
              <td className="py-1">{name(a.station)}</td>
              <td className="py-1 whitespace-pre-wrap">{a.answer}</td>
              <td className="py-1 whitespace-pre-wrap">{a.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FacilitatorView({ data, facilitator: f, receivedAt, apiBase, session, onData }: ViewProps & { facilitator: NonNullable<WorkshopResponse['facilitator']> }) {
  const w = data.workshop;
  const [error, setError] = useState<string | null>(null);
  const control = (action: 'start' | 'advance' | 'finish') => {
    setError(null);
    workshopApi
      .control(apiBase, session.code, f.key, action)
      .then(onData)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  const stationTitle = (id: string) => w.stations.find((s) => s.station === id)?.title ?? id;
  return (
    <section aria-label="Facilitator dashboard" className="grid gap-4">
      <header className="grid gap-2">
        <h2 className="text-2xl font-semibold tracking-tight">{w.name}</h2>
        <p>
          Join code: <span className="font-mono text-3xl font-bold tracking-widest" data-testid="workshop-join-code">{w.joinCode}</span>
          <span className="ml-2 text-sm text-slate-500">(teams enter it on the Workshop page of any Atlas app)</span>
        </p>
        <p className="text-sm">
          Status: <strong data-testid="workshop-status">{w.status}</strong> · {w.minutesPerRotation} min per rotation · {w.rotations} rotations
        </p>
        <Countdown data={data} receivedAt={receivedAt} />
      </header>
      <div className="flex flex-wrap gap-2">
        {w.status === 'waiting' ? (
          <button type="button" className={primary} onClick={() => control('start')}>
            Start the workshop
          </button>
        ) : null}
        {w.status === 'running' ? (
          <>
            <button type="button" className={primary} onClick={() => control('advance')}>
              {w.rotation + 1 < w.rotations ? 'Next rotation' : 'End the last rotation'}
            </button>
            <button type="button" className={secondary} onClick={() => control('finish')}>
              Finish now
            </button>
          </>
        ) : null}
        <a className={secondary} href={workshopApi.exportUrl(apiBase, session.code, f.key)} download>
          Export as Markdown
        </a>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      <table className="w-full text-left text-sm" aria-label="Team progress">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Team</th>
            <th className="py-1">Joined</th>
            <th className="py-1">Current station</th>
            <th className="py-1">Answered this rotation</th>
            <th className="py-1">Stations answered</th>
          </tr>
        </thead>
        <tbody>
          {w.teams.map((t) => (
            <tr key={t.name} className="border-t border-slate-100 dark:border-slate-800" data-team={t.name}>
              <th scope="row" className="py-1 font-medium">{t.name}</th>
              <td className="py-1">{t.joined ? 'yes' : 'not yet'}</td>
              <td className="py-1">{stationTitle(t.station)}</td>
              <td className="py-1">{t.answeredThisRotation ? 'yes' : 'no'}</td>
              <td className="py-1">
                {t.answered.length} of {w.stations.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AnswersTable title="Answers" answers={f.answers} stations={w.stations} />
    </section>
  );
}

interface ViewProps {
  data: WorkshopResponse;
  receivedAt: number;
  apiBase: string;
  baseUrls: Record<string, string>;
  session: Session;
  onData: (d: WorkshopResponse) => void;
}

/** The workshop page: join or create; then the team's station or the facilitator's dashboard, kept fresh by polling. */
export function WorkshopApp({ baseUrls, stations, apiBase = '/api/workshop' }: WorkshopAppProps) {
  const [session, setSession] = useState<Session | null>(null);
  const [data, setData] = useState<WorkshopResponse | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  const onData = useCallback((d: WorkshopResponse) => {
    setData(d);
    setReceivedAt(Date.now());
  }, []);

  useEffect(() => {
    setSession(readSession());
    setReady(true);
  }, []);

  useEffect(() => {
    if (!session) return;
    let stop = false;
    const poll = () =>
      workshopApi
        .state(apiBase, session.code, session)
        .then((d) => {
          if (!stop) {
            onData(d);
            setError(null);
          }
        })
        .catch((e: unknown) => !stop && setError(e instanceof Error ? e.message : String(e)));
    void poll();
    // The timer advances on the server; polling shows it (and the other teams' progress).
    const t = setInterval(poll, 2000);
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, [session, apiBase, onData]);

  const leave = () => {
    writeSession(null);
    setSession(null);
    setData(null);
  };

  return (
    <article className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-3xl font-semibold tracking-tight">Workshop</h1>
          <p className="max-w-3xl text-slate-600 dark:text-slate-300">
            Teams rotate through the five products; at each station they solve one challenge and save their answer. The facilitator runs the clock and sees every
            team&apos;s progress.
          </p>
        </div>
        {session ? (
          <button type="button" className={secondary} onClick={leave}>
            Leave this workshop
          </button>
        ) : null}
      </header>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      {!ready ? null : !session ? (
        <StartForms
          apiBase={apiBase}
          stations={stations}
          onSession={(s, d) => {
            writeSession(s);
            setSession(s);
            onData(d);
          }}
        />
      ) : !data ? (
        <p role="status">Loading the workshop…</p>
      ) : data.facilitator ? (
        <FacilitatorView data={data} facilitator={data.facilitator} receivedAt={receivedAt} apiBase={apiBase} baseUrls={baseUrls} session={session} onData={onData} />
      ) : data.you ? (
        <TeamView data={data} you={data.you} receivedAt={receivedAt} apiBase={apiBase} baseUrls={baseUrls} session={session} onData={onData} />
      ) : (
        <p role="status">
          Workshop {data.workshop.name}: join it with your team name.{' '}
          <button type="button" className={secondary} onClick={leave}>
            Back
          </button>
        </p>
      )}
    </article>
  );
}
