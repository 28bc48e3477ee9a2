'use client';
// The tour state of this origin, in localStorage, as an external store React components subscribe to.
import { useSyncExternalStore } from 'react';
import { TOUR_STORAGE_KEY, formatTourParam, parseTourParam, type TourState } from './tour-state';

const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(TOUR_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the tour still works through the query parameter
  }
}

export function setTourState(state: TourState | null): void {
  try {
    if (state) window.localStorage.setItem(TOUR_STORAGE_KEY, formatTourParam(state));
    else window.localStorage.removeItem(TOUR_STORAGE_KEY);
  } catch {
    // storage disabled
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === TOUR_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The raw stored string is the snapshot (stable between reads); null on the server. */
export function useTourState(): TourState | null {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  return parseTourParam(raw);
}
