// The workshop API's answers as the UI reads them: structural copies of @atlas/service's workshop
// views, which ui may not import.
export interface StationChallengeData {
  station: string;
  title: string;
  page: string;
  challenge: string;
}

export interface TeamProgressData {
  name: string;
  position: number;
  joined: boolean;
  station: string;
  answered: string[];
  answeredThisRotation: boolean;
}

export interface WorkshopViewData {
  name: string;
  joinCode: string;
  status: 'waiting' | 'running' | 'finished';
  rotation: number;
  rotations: number;
  minutesPerRotation: number;
  remainingMs: number;
  stations: StationChallengeData[];
  teams: TeamProgressData[];
}

export interface AnswerData {
  team: string;
  station: string;
  rotation: number;
  answer: string;
  notes: string | null;
  updatedAt: string;
}

export interface WorkshopResponse {
  workshop: WorkshopViewData;
  you: { teamId: string; name: string; station: StationChallengeData; answers: AnswerData[] } | null;
  facilitator: { key: string; answers: AnswerData[]; teamIds: { name: string; id: string }[] } | null;
  joinCode?: string;
  facilitatorKey?: string;
}

/** "4:05" from milliseconds, rounding up so 0:00 means the time is over. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Team names from a textarea: one per line or comma-separated, blanks dropped. */
export function parseTeamNames(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter(Boolean);
}
