// Calls to this app's workshop API (every app serves the same one on the shared registry).
import type { WorkshopResponse } from './workshop-types';

export class WorkshopApiError extends Error {}

async function call(url: string, init?: RequestInit): Promise<WorkshopResponse> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) }, cache: 'no-store' });
  const body = (await res.json().catch(() => null)) as (WorkshopResponse & { message?: string }) | null;
  if (!res.ok || !body) throw new WorkshopApiError(body?.message ?? `the workshop service answered ${res.status}`);
  return body;
}

const base = (apiBase: string, code: string) => `${apiBase}/${encodeURIComponent(code)}`;

export const workshopApi = {
  create: (apiBase: string, body: { name: string; teams: string[]; minutesPerRotation: number; stations?: string[] }) =>
    call(apiBase, { method: 'POST', body: JSON.stringify(body) }),
  state: (apiBase: string, code: string, who: { team?: string; key?: string }) => {
    const q = new URLSearchParams();
    if (who.team) q.set('team', who.team);
    if (who.key) q.set('key', who.key);
    return call(`${base(apiBase, code)}?${q.toString()}`);
  },
  join: (apiBase: string, code: string, team: string) => call(`${base(apiBase, code)}/join`, { method: 'POST', body: JSON.stringify({ team }) }),
  answer: (apiBase: string, code: string, body: { teamId: string; answer: string; notes?: string }) =>
    call(`${base(apiBase, code)}/answers`, { method: 'POST', body: JSON.stringify(body) }),
  control: (apiBase: string, code: string, key: string, action: 'start' | 'advance' | 'finish') =>
    call(`${base(apiBase, code)}/control`, { method: 'POST', body: JSON.stringify({ key, action }) }),
  exportUrl: (apiBase: string, code: string, key: string) => `${base(apiBase, code)}/export?key=${encodeURIComponent(key)}`,
};
