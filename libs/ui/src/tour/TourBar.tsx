'use client';
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { TOUR_PARAM, isOnStepPage, parseTourParam, stepHref } from './tour-state';
import { TOUR_STEPS } from './tour-steps';
import { setTourState, useTourState } from './tour-store';

export interface TourBarProps {
  current: string;
  /** Base URL of every domain app, by domain id (read on the server, like the switcher's links). */
  baseUrls: Record<string, string>;
}

const button =
  'rounded-md border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-indigo-500 border-indigo-300 text-indigo-900 hover:bg-indigo-100 dark:border-indigo-700 dark:text-indigo-100 dark:hover:bg-indigo-900';

/** Takes the tour state a link from another app carried in, stores it for this app, and tidies the URL. */
function useAdoptTourParam() {
  useEffect(() => {
    const url = new URL(window.location.href);
    const carried = parseTourParam(url.searchParams.get(TOUR_PARAM));
    if (!url.searchParams.has(TOUR_PARAM)) return;
    if (carried) setTourState(carried);
    url.searchParams.delete(TOUR_PARAM);
    window.history.replaceState(window.history.state, '', url.toString());
  }, []);
}

/** The guided tour: a start button, the current step's question and page, and leave / resume. */
export function TourBar({ current, baseUrls }: TourBarProps) {
  useAdoptTourParam();
  const state = useTourState();
  const pathname = usePathname() ?? '/';

  if (!state) {
    return (
      <a href={stepHref(baseUrls, 0)} className={button + ' print:hidden'} data-testid="tour-start">
        Take the tour
      </a>
    );
  }
  if (state.paused) {
    return (
      <button type="button" className={button + ' print:hidden'} onClick={() => {
        if (isOnStepPage(state.step, current, pathname)) setTourState({ step: state.step, paused: false });
        else window.location.assign(stepHref(baseUrls, state.step));
      }}>
        Resume the tour (step {state.step + 1} of {TOUR_STEPS.length})
      </button>
    );
  }
  return null;
}

/** The panel of a running tour, shown under the header on every page of every app. */
export function TourPanel({ current, baseUrls }: TourBarProps) {
  const state = useTourState();
  const pathname = usePathname() ?? '/';
  if (!state || state.paused) return null;
  const step = TOUR_STEPS[state.step];
  const last = state.step === TOUR_STEPS.length - 1;
  const here = isOnStepPage(state.step, current, pathname);
  return (
    <section
      aria-label="Guided tour"
      className="border-b border-indigo-200 bg-indigo-50 text-indigo-950 print:hidden dark:border-indigo-900 dark:bg-indigo-950/60 dark:text-indigo-50"
    >
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-3">
        <p className="text-xs font-medium uppercase tracking-wide">
          Tour step {state.step + 1} of {TOUR_STEPS.length} · {step.topic}
        </p>
        <h2 className="text-lg font-semibold tracking-tight" data-testid="tour-question">
          {step.question}
        </h2>
        <p className="text-sm">{step.look}</p>
        <div className="flex flex-wrap items-center gap-2">
          {here ? null : (
            <a className={button} href={stepHref(baseUrls, state.step)}>
              Go to the page that answers it
            </a>
          )}
          {state.step > 0 ? (
            <a className={button} href={stepHref(baseUrls, state.step - 1)}>
              Back
            </a>
          ) : null}
          {last ? (
            <button type="button" className={button} onClick={() => setTourState(null)}>
              Finish the tour
            </button>
          ) : (
            <a className={button} href={stepHref(baseUrls, state.step + 1)}>
              Next question
            </a>
          )}
          <button type="button" className={button} onClick={() => setTourState({ step: state.step, paused: true })}>
            Leave the tour
          </button>
        </div>
      </div>
    </section>
  );
}
