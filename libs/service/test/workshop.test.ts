import { getWorkshop } from '@atlas/registry';
import { advance, createWorkshopRoutes, dueState, remainingMs, stationOf, workshopMarkdown } from '../src';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

const plan = { stations: ['a', 'b', 'c'], minutesPerRotation: 10 };
const t0 = new Date('2026-01-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('rotation arithmetic', () => {
  it('moves each team one station per rotation, starting at its position', () => {
    expect([0, 1, 2, 3].map((r) => stationOf(plan, 0, r))).toEqual(['a', 'b', 'c', 'a']);
    expect([0, 1, 2].map((r) => stationOf(plan, 2, r))).toEqual(['c', 'a', 'b']);
  });

  it('advances on the timer: 25 minutes into 10-minute rotations is rotation 2 with 5 minutes left', () => {
    const running = { status: 'running' as const, rotation: 0, rotationStartedAt: t0 };
    const due = dueState(plan, running, at(25));
    expect(due).toEqual({ status: 'running', rotation: 2, rotationStartedAt: at(20) });
    expect(remainingMs(plan, due, at(25))).toBe(5 * 60_000);
    expect(dueState(plan, running, at(9.99))).toBe(running);
    expect(dueState(plan, running, at(31)).status).toBe('finished');
  });

  it('finishes after the last station', () => {
    expect(advance(plan, { status: 'running', rotation: 2, rotationStartedAt: t0 }, 1, at(5)).status).toBe('finished');
    expect(advance(plan, { status: 'running', rotation: 1, rotationStartedAt: t0 }, 1, at(5))).toEqual({ status: 'running', rotation: 2, rotationStartedAt: at(5) });
  });
});

function req(method: string, url: string, body?: unknown): Request {
  return new Request(`http://localhost${url}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}
const ctx = (code: string) => ({ params: Promise.resolve({ code }) });

describe('workshop routes', () => {
  let clock = t0;
  const routes = createWorkshopRoutes({ now: () => clock });

  it('runs a two-team workshop: create, join, answer, rotate on the timer and by the facilitator, export', async () => {
    clock = t0;
    const created = await routes.create.POST(req('POST', '/api/workshop', { name: 'Kick-off', teams: ['Red', 'Blue'], minutesPerRotation: 10, stations: ['credit-risk', 'nlp-chatbot'] }), {});
    expect(created.status).toBe(201);
    const c = await created.json();
    const code: string = c.joinCode;
    const key: string = c.facilitatorKey;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(c.workshop.status).toBe('waiting');

    // Teams know the code only: the public state gives no key and no team ids.
    const pub = await (await routes.state.GET(req('GET', `/api/workshop/${code}`), ctx(code))).json();
    expect(pub.facilitator).toBeNull();
    expect(JSON.stringify(pub)).not.toContain(key);

    const red = await (await routes.join.POST(req('POST', `/api/workshop/${code}/join`, { team: 'red' }), ctx(code.toLowerCase()))).json();
    expect(red.you.name).toBe('Red');
    expect(red.you.station.station).toBe('credit-risk');
    expect(red.you.station.challenge).toMatch(/bad rate under 5%/);
    const blue = await (await routes.join.POST(req('POST', `/api/workshop/${code}/join`, { team: 'Blue' }), ctx(code))).json();
    expect(blue.you.station.station).toBe('nlp-chatbot');

    // Answers wait for the start; only the facilitator starts.
    expect((await routes.answers.POST(req('POST', `/api/workshop/${code}/answers`, { teamId: red.you.teamId, answer: 'x' }), ctx(code))).status).toBe(409);
    expect((await routes.control.POST(req('POST', `/api/workshop/${code}/control`, { key: 'wrong', action: 'start' }), ctx(code))).status).toBe(403);
    const started = await (await routes.control.POST(req('POST', `/api/workshop/${code}/control`, { key, action: 'start' }), ctx(code))).json();
    expect(started.workshop).toMatchObject({ status: 'running', rotation: 0, remainingMs: 600_000 });

    const saved = await routes.answers.POST(req('POST', `/api/workshop/${code}/answers`, { teamId: red.you.teamId, answer: 'cutoff 0.31: bad rate 4.6%, approval 64%', notes: 'tight | close' }), ctx(code));
    expect(saved.status).toBe(200);

    // The timer: 10 minutes later both teams have moved on, and it is stored (survives a restart).
    clock = at(10.5);
    const dash = await (await routes.state.GET(req('GET', `/api/workshop/${code}?key=${key}`), ctx(code))).json();
    expect(dash.workshop.rotation).toBe(1);
    expect(dash.workshop.remainingMs).toBe(9.5 * 60_000);
    expect(dash.workshop.teams.map((t: { name: string; station: string; answered: string[] }) => [t.name, t.station, t.answered])).toEqual([
      ['Red', 'nlp-chatbot', ['credit-risk']],
      ['Blue', 'credit-risk', []],
    ]);
    expect(dash.facilitator.answers).toHaveLength(1);
    expect((await getWorkshop(code))?.rotation).toBe(1);

    await routes.answers.POST(req('POST', `/api/workshop/${code}/answers`, { teamId: blue.you.teamId, answer: 'cutoff 0.28' }), ctx(code));
    const done = await (await routes.control.POST(req('POST', `/api/workshop/${code}/control`, { key, action: 'advance' }), ctx(code))).json();
    expect(done.workshop.status).toBe('finished');

    const md = await routes.export.GET(req('GET', `/api/workshop/${code}/export?key=${key}`), ctx(code));
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await md.text();
    expect(text).toContain('# Workshop: Kick-off');
    expect(text).toContain('| 1 | Credit Risk Scorer | cutoff 0.31: bad rate 4.6%, approval 64% | tight \\| close |');
    expect(text).toContain('| 2 | Credit Risk Scorer | cutoff 0.28 | — |');
    expect((await routes.export.GET(req('GET', `/api/workshop/${code}/export?key=nope`), ctx(code))).status).toBe(403);
  }, 30_000);

  it('rejects bad input with the field named', async () => {
    const bad = await routes.create.POST(req('POST', '/api/workshop', { name: 'x', teams: ['A', 'a'], minutesPerRotation: 0 }), {});
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['minutesPerRotation', 'teams']);
    expect((await routes.state.GET(req('GET', '/api/workshop/ABC'), ctx('ABC'))).status).toBe(400);
    expect((await routes.state.GET(req('GET', '/api/workshop/ZZZZZZ'), ctx('ZZZZZZ'))).status).toBe(404);
  });

  it('renders the Markdown of a workshop nobody joined', () => {
    const md = workshopMarkdown(
      { id: 'w', name: 'Empty', joinCode: 'ABCDEF', stations: ['x'], minutesPerRotation: 5, status: 'waiting', rotation: 0, rotationStartedAt: null, createdAt: t0, teams: [{ id: 't', workshopId: 'w', name: 'Solo', position: 0, joinedAt: null }] },
      [],
    );
    expect(md).toContain('## Team Solo\n\nNever joined.');
    expect(md).toContain('| 1 | x | — | — |');
  });
});
