// The workshop API, the same in every app (they share one registry): each app's route files re-export
// these handlers. The facilitator's key is the workshop id, returned once on creation; teams only
// know the join code, and their own team id from joining.
import { timingSafeEqual } from 'node:crypto';
import {
  createWorkshop,
  getWorkshop,
  joinWorkshop,
  listWorkshopAnswers,
  saveWorkshopAnswer,
  updateWorkshop,
  type WorkshopRecord,
} from '@atlas/registry';
import { z } from 'zod';
import { HttpError, json } from '../http/http-error';
import { route } from '../http/route';
import { parseJsonBody, parseParams, parseQuery } from '../http/validation';
import { DEFAULT_STATIONS, stationChallenge } from './challenges';
import { advance, dueState, sameState, stationOf } from './rotation';
import { answerViews, workshopMarkdown, workshopView } from './workshop-view';

export const FACILITATOR_KEY_HEADER = 'x-atlas-facilitator-key';

// 6 characters without look-alikes (no 0/O/1/I), as the registry makes them; lower case is accepted.
const joinCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/, 'a join code is 6 letters and digits'));
const codeParams = z.object({ code: joinCode });
const teamName = z.string().trim().min(1).max(40);

const createBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  teams: z
    .array(teamName)
    .min(1)
    .max(20)
    .refine((t) => new Set(t.map((n) => n.toLowerCase())).size === t.length, 'team names must differ'),
  minutesPerRotation: z.number().min(0.5).max(240),
  stations: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).min(1).max(10).optional(),
});
const joinBody = z.strictObject({ team: teamName });
const answerBody = z.strictObject({ teamId: z.string().min(1).max(100), answer: z.string().trim().min(1).max(4000), notes: z.string().max(4000).optional() });
const controlBody = z.strictObject({ key: z.string().min(1).max(100), action: z.enum(['start', 'advance', 'finish']) });
const viewQuery = z.object({ team: z.string().min(1).max(100).optional(), key: z.string().min(1).max(100).optional() });
const exportQuery = z.object({ key: z.string().min(1).max(100) });

type CodeCtx = { params: Promise<{ code: string }> | { code: string } };

function isFacilitator(w: WorkshopRecord, key: string | null | undefined): boolean {
  if (!key) return false;
  const a = Buffer.from(key);
  const b = Buffer.from(w.id);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requireFacilitator(w: WorkshopRecord, key: string | null | undefined): void {
  if (!isFacilitator(w, key)) throw new HttpError(403, { error: 'forbidden', message: 'only the facilitator (with the key given at creation) can do this' });
}

export interface WorkshopRoutesOptions {
  now?: () => Date;
}

export function createWorkshopRoutes({ now = () => new Date() }: WorkshopRoutesOptions = {}) {
  /** The workshop by join code, with the rotations the timer has completed stored first (so a restart loses nothing). */
  async function load(code: string): Promise<WorkshopRecord> {
    const w = await getWorkshop(code);
    if (!w || w.joinCode !== code) throw new HttpError(404, { error: 'not_found', message: `no workshop with join code ${code}` });
    const due = dueState(w, w, now());
    return sameState(due, w) ? w : updateWorkshop(w.id, due);
  }

  async function fullView(w: WorkshopRecord, query: z.infer<typeof viewQuery>) {
    const answers = await listWorkshopAnswers(w.id);
    const view = workshopView(w, answers, now());
    const team = query.team ? w.teams.find((t) => t.id === query.team) : undefined;
    if (query.team && !team) throw new HttpError(404, { error: 'not_found', message: 'no such team in this workshop', issues: [{ field: 'team', reason: 'unknown team' }] });
    const you = team
      ? {
          teamId: team.id,
          name: team.name,
          station: stationChallenge(stationOf(w, team.position, w.rotation)),
          answers: answerViews(w, answers.filter((a) => a.teamId === team.id)),
        }
      : null;
    const facilitator = isFacilitator(w, query.key) ? { key: w.id, answers: answerViews(w, answers), teamIds: w.teams.map((t) => ({ name: t.name, id: t.id })) } : null;
    return { workshop: view, you, facilitator };
  }

  return {
    /** POST /api/workshop: create; answers with the join code and the facilitator key. */
    create: {
      POST: route(async (req) => {
        const body = await parseJsonBody(req, createBody);
        const w = await createWorkshop({ name: body.name, teams: body.teams, stations: body.stations ?? DEFAULT_STATIONS, minutesPerRotation: body.minutesPerRotation });
        return json({ joinCode: w.joinCode, facilitatorKey: w.id, ...(await fullView(w, { key: w.id })) }, { status: 201 });
      }),
    },
    /** GET /api/workshop/[code]?team=&key=: the state; a team's own view and the dashboard when the ids are given. */
    state: {
      GET: route(async (req, ctx: CodeCtx) => {
        const { code } = await parseParams(ctx.params, codeParams);
        const query = parseQuery(req, viewQuery);
        return json(await fullView(await load(code), { ...query, key: query.key ?? req.headers.get(FACILITATOR_KEY_HEADER) ?? undefined }));
      }),
    },
    /** POST /api/workshop/[code]/join {team}: marks the team joined and gives its id. */
    join: {
      POST: route(async (req, ctx: CodeCtx) => {
        const { code } = await parseParams(ctx.params, codeParams);
        const { team } = await parseJsonBody(req, joinBody);
        const w = await load(code);
        const known = w.teams.find((t) => t.name.toLowerCase() === team.toLowerCase());
        if (!known) {
          throw new HttpError(404, { error: 'not_found', message: `no team "${team}" in this workshop`, issues: [{ field: 'team', reason: `one of ${w.teams.map((t) => t.name).join(', ')}` }] });
        }
        const joined = await joinWorkshop(w.joinCode, known.name);
        return json(await fullView(await load(code), { team: joined.id }));
      }),
    },
    /** POST /api/workshop/[code]/answers {teamId, answer, notes?}: saved for the team's current station and rotation. */
    answers: {
      POST: route(async (req, ctx: CodeCtx) => {
        const { code } = await parseParams(ctx.params, codeParams);
        const body = await parseJsonBody(req, answerBody);
        const w = await load(code);
        const team = w.teams.find((t) => t.id === body.teamId);
        if (!team) throw new HttpError(404, { error: 'not_found', message: 'no such team in this workshop', issues: [{ field: 'teamId', reason: 'unknown team' }] });
        if (w.status !== 'running') throw new HttpError(409, { error: 'conflict', message: `the workshop is ${w.status}: answers are taken while it runs` });
        await saveWorkshopAnswer({ workshopId: w.id, teamId: team.id, station: stationOf(w, team.position, w.rotation), rotation: w.rotation, answer: body.answer, notes: body.notes });
        return json(await fullView(w, { team: team.id }));
      }),
    },
    /** POST /api/workshop/[code]/control {key, action: start|advance|finish}: the facilitator's buttons. */
    control: {
      POST: route(async (req, ctx: CodeCtx) => {
        const { code } = await parseParams(ctx.params, codeParams);
        const body = await parseJsonBody(req, controlBody);
        const w = await load(code);
        requireFacilitator(w, body.key);
        const at = now();
        let next = { status: w.status, rotation: w.rotation, rotationStartedAt: w.rotationStartedAt };
        if (body.action === 'start') {
          if (w.status !== 'waiting') throw new HttpError(409, { error: 'conflict', message: `the workshop is already ${w.status}` });
          next = { status: 'running', rotation: 0, rotationStartedAt: at };
        } else if (body.action === 'advance') {
          if (w.status !== 'running') throw new HttpError(409, { error: 'conflict', message: `the workshop is ${w.status}: only a running workshop advances` });
          next = advance(w, w, 1, at);
        } else {
          next = { ...next, status: 'finished' };
        }
        return json(await fullView(await updateWorkshop(w.id, next), { key: body.key }));
      }),
    },
    /** GET /api/workshop/[code]/export?key=: the whole workshop as Markdown (facilitator). */
    export: {
      GET: route(async (req, ctx: CodeCtx) => {
        const { code } = await parseParams(ctx.params, codeParams);
        const { key } = parseQuery(req, exportQuery);
        const w = await load(code);
        requireFacilitator(w, key);
        return new Response(workshopMarkdown(w, await listWorkshopAnswers(w.id)), {
          headers: {
            'content-type': 'text/markdown; charset=utf-8',
            'content-disposition': `attachment; filename="workshop-${w.joinCode}.md"`,
            'cache-control': 'no-store',
          },
        });
      }),
    },
  };
}

export type WorkshopRoutes = ReturnType<typeof createWorkshopRoutes>;

/** The handlers the apps' route files re-export. */
export const workshopRoutes: WorkshopRoutes = createWorkshopRoutes();
