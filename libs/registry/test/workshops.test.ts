// Workshops, their teams and answers, identical on SQLite and PostgreSQL.
import { createWorkshop, getWorkshop, JOIN_CODE_ALPHABET, joinWorkshop, listWorkshopAnswers, saveWorkshopAnswer, updateWorkshop } from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

const STATIONS = ['credit-risk', 'med-diagnosis', 'recommender'];

describe.each(PROVIDERS)('workshops on %s', (provider) => {
  useMigratedDatabase(provider);

  it('creates a waiting workshop with its teams in the order given', async () => {
    const w = await createWorkshop({ name: 'ML day', stations: STATIONS, teams: ['Owls', 'Foxes', 'Bees'], minutesPerRotation: 15 });
    expect(w).toEqual({
      id: expect.any(String),
      name: 'ML day',
      joinCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{6}$/),
      stations: STATIONS,
      minutesPerRotation: 15,
      status: 'waiting',
      rotation: 0,
      rotationStartedAt: null,
      createdAt: expect.any(Date),
      teams: ['Owls', 'Foxes', 'Bees'].map((name, position) => ({ id: expect.any(String), workshopId: w.id, name, position, joinedAt: null })),
    });
    expect(await getWorkshop(w.id)).toEqual(w);
    expect(await getWorkshop(w.joinCode.toLowerCase())).toEqual(w);
    expect(await getWorkshop('NOSUCH')).toBeNull();
  });

  it('draws distinct join codes from the alphabet without look-alikes', async () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1I]/);
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => createWorkshop({ name: `w${i}`, stations: ['s'], teams: ['t'], minutesPerRotation: 5 }).then((w) => w.joinCode)));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
  });

  it('rejects bad workshop input naming the field', async () => {
    await expect(createWorkshop({ name: 'x', stations: [], teams: ['a'], minutesPerRotation: 5 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('stations') });
    await expect(createWorkshop({ name: 'x', stations: ['s'], teams: ['a', 'a'], minutesPerRotation: 5 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('teams') });
    await expect(createWorkshop({ name: 'x', stations: ['s'], teams: ['a'], minutesPerRotation: 0 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('minutesPerRotation') });
  });

  it('lets a team join by code, and refuses unknown codes and teams', async () => {
    const w = await createWorkshop({ name: 'join', stations: STATIONS, teams: ['Owls', 'Foxes'], minutesPerRotation: 10 });
    const team = await joinWorkshop(w.joinCode.toLowerCase(), ' Foxes ');
    expect(team).toEqual({ id: w.teams[1].id, workshopId: w.id, name: 'Foxes', position: 1, joinedAt: expect.any(Date) });
    const again = await joinWorkshop(w.joinCode, 'Foxes');
    expect(again.joinedAt).toEqual(team.joinedAt);
    expect((await getWorkshop(w.id))?.teams.map((t) => t.joinedAt !== null)).toEqual([false, true]);
    await expect(joinWorkshop('ZZZZZZ', 'Foxes')).rejects.toMatchObject({ code: 'not_found' });
    await expect(joinWorkshop(w.joinCode, 'Wolves')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('updates status and rotation', async () => {
    const w = await createWorkshop({ name: 'run', stations: STATIONS, teams: ['A'], minutesPerRotation: 10 });
    const startedAt = new Date('2026-11-29T09:00:00.000Z');
    const running = await updateWorkshop(w.id, { status: 'running', rotation: 1, rotationStartedAt: startedAt });
    expect(running).toMatchObject({ id: w.id, status: 'running', rotation: 1, rotationStartedAt: startedAt, teams: w.teams });
    expect(await updateWorkshop(w.id, { rotationStartedAt: null })).toMatchObject({ status: 'running', rotation: 1, rotationStartedAt: null });
    await expect(updateWorkshop(w.id, { status: 'paused' as 'running' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('status') });
    await expect(updateWorkshop('missing', { status: 'finished' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps one answer per team, station and rotation', async () => {
    const w = await createWorkshop({ name: 'answers', stations: STATIONS, teams: ['Owls', 'Foxes'], minutesPerRotation: 10 });
    const [owls, foxes] = w.teams;
    const first = await saveWorkshopAnswer({ workshopId: w.id, teamId: owls.id, station: 'recommender', rotation: 0, answer: 'ALS' });
    expect(first).toEqual({ id: expect.any(String), workshopId: w.id, teamId: owls.id, station: 'recommender', rotation: 0, answer: 'ALS', notes: null, createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    const replaced = await saveWorkshopAnswer({ workshopId: w.id, teamId: owls.id, station: 'recommender', rotation: 0, answer: 'two-tower', notes: 'cold start' });
    expect(replaced).toMatchObject({ id: first.id, answer: 'two-tower', notes: 'cold start' });
    const other = await saveWorkshopAnswer({ workshopId: w.id, teamId: foxes.id, station: 'credit-risk', rotation: 0, answer: 'scorecard' });
    const later = await saveWorkshopAnswer({ workshopId: w.id, teamId: owls.id, station: 'credit-risk', rotation: 1, answer: 'MLP' });
    expect((await listWorkshopAnswers(w.id)).map((a) => a.id)).toEqual([replaced.id, other.id, later.id]);

    await expect(saveWorkshopAnswer({ workshopId: w.id, teamId: 'missing', station: 'recommender', rotation: 0, answer: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    const elsewhere = await createWorkshop({ name: 'other', stations: STATIONS, teams: ['Owls'], minutesPerRotation: 10 });
    await expect(saveWorkshopAnswer({ workshopId: elsewhere.id, teamId: owls.id, station: 'recommender', rotation: 0, answer: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveWorkshopAnswer({ workshopId: w.id, teamId: owls.id, station: 'nowhere', rotation: 0, answer: 'x' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('station') });
    await expect(saveWorkshopAnswer({ workshopId: w.id, teamId: owls.id, station: 'recommender', rotation: -1, answer: 'x' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('rotation') });
  });
});
