// What the workshop API returns: the public state every team may read (no ids that grant anything),
// one team's own view, and the facilitator's dashboard; plus the Markdown export.
import type { WorkshopAnswerRecord, WorkshopRecord } from '@atlas/registry';
import { stationChallenge, type StationChallenge } from './challenges';
import { remainingMs, rotationCount, stationOf } from './rotation';

export interface TeamProgress {
  name: string;
  position: number;
  joined: boolean;
  station: string;
  /** Stations this team has saved an answer for. */
  answered: string[];
  answeredThisRotation: boolean;
}

export interface WorkshopView {
  name: string;
  joinCode: string;
  status: WorkshopRecord['status'];
  /** 0-based. */
  rotation: number;
  rotations: number;
  minutesPerRotation: number;
  remainingMs: number;
  stations: StationChallenge[];
  teams: TeamProgress[];
}

export interface AnswerView {
  team: string;
  station: string;
  rotation: number;
  answer: string;
  notes: string | null;
  updatedAt: string;
}

export function workshopView(w: WorkshopRecord, answers: WorkshopAnswerRecord[], now: Date): WorkshopView {
  return {
    name: w.name,
    joinCode: w.joinCode,
    status: w.status,
    rotation: w.rotation,
    rotations: rotationCount(w),
    minutesPerRotation: w.minutesPerRotation,
    remainingMs: remainingMs(w, w, now),
    stations: w.stations.map(stationChallenge),
    teams: [...w.teams]
      .sort((a, b) => a.position - b.position)
      .map((t) => {
        const mine = answers.filter((a) => a.teamId === t.id);
        const station = stationOf(w, t.position, w.rotation);
        return {
          name: t.name,
          position: t.position,
          joined: t.joinedAt !== null,
          station,
          answered: [...new Set(mine.map((a) => a.station))],
          answeredThisRotation: mine.some((a) => a.rotation === w.rotation && a.station === station),
        };
      }),
  };
}

export function answerViews(w: WorkshopRecord, answers: WorkshopAnswerRecord[]): AnswerView[] {
  const names = new Map(w.teams.map((t) => [t.id, t.name]));
  return answers
    .map((a) => ({ team: names.get(a.teamId) ?? a.teamId, station: a.station, rotation: a.rotation, answer: a.answer, notes: a.notes, updatedAt: a.updatedAt.toISOString() }))
    .sort((a, b) => a.team.localeCompare(b.team) || a.rotation - b.rotation);
}

function cell(text: string | null): string {
  // A table cell holds one line, and a pipe would end it.
  return (text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim() || '—';
}

export function workshopMarkdown(w: WorkshopRecord, answers: WorkshopAnswerRecord[]): string {
  const lines = [
    `# Workshop: ${w.name}`,
    '',
    `- Join code: ${w.joinCode}`,
    `- Status: ${w.status}, rotation ${w.rotation + 1} of ${rotationCount(w)}, ${w.minutesPerRotation} minutes per rotation`,
    `- Created: ${w.createdAt.toISOString()}`,
    '',
    '## Stations',
    '',
    ...w.stations.map((s) => {
      const c = stationChallenge(s);
      return `- **${c.title}** (${s}): ${c.challenge}`;
    }),
  ];
  for (const t of [...w.teams].sort((a, b) => a.position - b.position)) {
    lines.push('', `## Team ${t.name}`, '', t.joinedAt ? `Joined ${t.joinedAt.toISOString()}.` : 'Never joined.', '');
    lines.push('| Rotation | Station | Answer | Notes |', '|---|---|---|---|');
    for (let r = 0; r < rotationCount(w); r++) {
      const station = stationOf(w, t.position, r);
      const a = answers.find((x) => x.teamId === t.id && x.rotation === r && x.station === station);
      lines.push(`| ${r + 1} | ${stationChallenge(station).title} | ${cell(a?.answer ?? null)} | ${cell(a?.notes ?? null)} |`);
    }
  }
  return lines.join('\n') + '\n';
}
