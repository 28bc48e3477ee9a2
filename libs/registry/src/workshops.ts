// Workshops: teams rotate through stations (one per app, say) and record an answer per station and
// rotation. Teams join with a short code shown on screen.
import { randomInt } from 'node:crypto';
import { getPrisma } from './client';
import { errorCode, RegistryError } from './errors';
import type { Workshop, WorkshopTeam } from './generated/sqlite/client';
import type { WorkshopAnswerRecord, WorkshopRecord, WorkshopTeamRecord } from './records';
import {
  CreateWorkshopInputSchema,
  UpdateWorkshopInputSchema,
  WorkshopAnswerInputSchema,
  type CreateWorkshopInput,
  type UpdateWorkshopInput,
  type WorkshopAnswerInput,
  type WorkshopStatus,
} from './schemas';
import { parseInput } from './validate';

/** Upper-case letters and digits without the look-alikes 0/O and 1/I, so a code read aloud is typed right. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

const teamOrder = { orderBy: { position: 'asc' } } as const;

function toWorkshop(row: Workshop & { teams: WorkshopTeam[] }): WorkshopRecord {
  return { ...row, stations: row.stations as string[], status: row.status as WorkshopStatus, teams: row.teams };
}

export async function createWorkshop(input: CreateWorkshopInput): Promise<WorkshopRecord> {
  const data = parseInput(CreateWorkshopInputSchema, 'workshop', input);
  // 32^6 ≈ 10^9 codes: a clash is rare, and the unique index catches it; draw again then.
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await getPrisma().workshop.create({
        data: {
          name: data.name,
          joinCode: newJoinCode(),
          stations: data.stations,
          minutesPerRotation: data.minutesPerRotation,
          teams: { create: data.teams.map((name, position) => ({ name, position })) },
        },
        include: { teams: teamOrder },
      });
      return toWorkshop(row);
    } catch (err) {
      if (attempt >= 10 || errorCode(err) !== 'P2002') throw err;
    }
  }
}

const normalizeCode = (code: string) => code.trim().toUpperCase();

/** By id or by join code (any case). */
export async function getWorkshop(idOrJoinCode: string): Promise<WorkshopRecord | null> {
  if (typeof idOrJoinCode !== 'string' || !idOrJoinCode.trim()) return null;
  const row = await getPrisma().workshop.findFirst({
    where: { OR: [{ id: idOrJoinCode }, { joinCode: normalizeCode(idOrJoinCode) }] },
    include: { teams: teamOrder },
  });
  return row ? toWorkshop(row) : null;
}

/** Marks a team as joined (the first join time is kept); not_found for an unknown code or team. */
export async function joinWorkshop(joinCode: string, teamName: string): Promise<WorkshopTeamRecord> {
  const code = normalizeCode(String(joinCode ?? ''));
  const name = String(teamName ?? '').trim();
  const prisma = getPrisma();
  const workshop = await prisma.workshop.findUnique({ where: { joinCode: code }, select: { id: true } });
  if (!workshop) throw new RegistryError('not_found', `no workshop with join code ${code || '(empty)'}`);
  const where = { workshopId_name: { workshopId: workshop.id, name } };
  await prisma.workshopTeam.updateMany({ where: { workshopId: workshop.id, name, joinedAt: null }, data: { joinedAt: new Date() } });
  const team = await prisma.workshopTeam.findUnique({ where });
  if (!team) throw new RegistryError('not_found', `no team "${name}" in workshop ${code}`);
  return team;
}

export async function updateWorkshop(id: string, input: UpdateWorkshopInput): Promise<WorkshopRecord> {
  const data = parseInput(UpdateWorkshopInputSchema, 'workshop update', input);
  try {
    return toWorkshop(await getPrisma().workshop.update({ where: { id }, data, include: { teams: teamOrder } }));
  } catch (err) {
    if (errorCode(err) === 'P2025') throw new RegistryError('not_found', `workshop ${id} not found`);
    throw err;
  }
}

/** One answer per (team, station, rotation): saving again replaces it. */
export async function saveWorkshopAnswer(input: WorkshopAnswerInput): Promise<WorkshopAnswerRecord> {
  const { workshopId, teamId, station, rotation, answer, ...rest } = parseInput(WorkshopAnswerInputSchema, 'workshop answer', input);
  const notes = rest.notes ?? null;
  const prisma = getPrisma();
  const team = await prisma.workshopTeam.findFirst({ where: { id: teamId, workshopId }, select: { workshop: { select: { stations: true } } } });
  if (!team) throw new RegistryError('not_found', `team ${teamId} not found in workshop ${workshopId}`);
  if (!(team.workshop.stations as string[]).includes(station)) {
    throw new RegistryError('invalid', `invalid workshop answer: station: "${station}" is not a station of this workshop`);
  }
  const upsert = () =>
    prisma.workshopAnswer.upsert({
      where: { teamId_station_rotation: { teamId, station, rotation } },
      create: { workshopId, teamId, station, rotation, answer, notes },
      update: { answer, notes },
    });
  try {
    return await upsert();
  } catch (err) {
    if (errorCode(err) === 'P2002') return upsert();
    if (errorCode(err) === 'P2003') throw new RegistryError('not_found', `team ${teamId} not found in workshop ${workshopId}`);
    throw err;
  }
}

/** A workshop's answers by rotation, then team, then station. */
export async function listWorkshopAnswers(workshopId: string): Promise<WorkshopAnswerRecord[]> {
  return getPrisma().workshopAnswer.findMany({
    where: { workshopId },
    orderBy: [{ rotation: 'asc' }, { team: { position: 'asc' } }, { station: 'asc' }],
  });
}
