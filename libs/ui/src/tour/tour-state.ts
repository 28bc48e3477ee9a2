// Tour state: the step (0-based) and whether the tour is paused. Each app is its own origin, so
// localStorage alone cannot follow the PM across apps: links to another app carry the state in the
// `tour` query parameter ("3" running at step 3, "3p" paused at step 3), and the app that opens
// stores it in its own localStorage.
import { TOUR_STEPS } from './tour-steps';

export interface TourState {
  step: number;
  paused: boolean;
}

export const TOUR_PARAM = 'tour';
export const TOUR_STORAGE_KEY = 'atlas-tour';

export function parseTourParam(value: string | null | undefined): TourState | null {
  const m = /^(\d{1,2})(p?)$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const step = Number(m[1]);
  if (step < 0 || step >= TOUR_STEPS.length) return null;
  return { step, paused: m[2] === 'p' };
}

export function formatTourParam(state: TourState): string {
  return `${state.step}${state.paused ? 'p' : ''}`;
}

/** The href with the tour state added (or replaced); relative hrefs stay relative. */
export function withTourParam(href: string, state: TourState | null): string {
  if (!state) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const base = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const [path, query = ''] = base.split('?');
  const params = new URLSearchParams(query);
  params.set(TOUR_PARAM, formatTourParam(state));
  return `${path}?${params.toString()}${hash}`;
}

/** The URL of a step: the domain's base URL plus the step's page, with the state of the tour at that step. */
export function stepHref(baseUrls: Record<string, string>, step: number): string {
  const s = TOUR_STEPS[step];
  const base = baseUrls[s.domain] ?? '';
  return withTourParam(`${base}${s.path === '/' ? '/' : s.path}`, { step, paused: false });
}

/** Is the page (domain + pathname) the one the step answers on? */
export function isOnStepPage(step: number, domain: string, pathname: string): boolean {
  const s = TOUR_STEPS[step];
  const norm = (p: string) => p.replace(/\/+$/, '') || '/';
  return s.domain === domain && norm(s.path) === norm(pathname);
}
