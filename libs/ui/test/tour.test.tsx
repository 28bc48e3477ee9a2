import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { DomainSwitcher } from '../src/shell/DomainSwitcher';
import { TourBar, TourPanel } from '../src/tour/TourBar';
import { TOUR_STEPS } from '../src/tour/tour-steps';
import { formatTourParam, isOnStepPage, parseTourParam, stepHref, withTourParam } from '../src/tour/tour-state';
import { setTourState } from '../src/tour/tour-store';

let pathname = '/';
jest.mock('next/navigation', () => ({ usePathname: () => pathname }));

const baseUrls = { 'credit-risk': 'http://localhost:3004', 'med-diagnosis': 'http://localhost:3005', recommender: 'http://r.example.org', 'nlp-chatbot': 'http://localhost:3001', 'vision-detect': 'http://localhost:3002' };

afterEach(() => {
  act(() => setTourState(null));
  window.history.replaceState(null, '', '/');
});

describe('tour state', () => {
  it('has about ten steps that visit all five apps and the four questions', () => {
    expect(TOUR_STEPS.length).toBe(10);
    expect(new Set(TOUR_STEPS.map((s) => s.domain)).size).toBe(5);
    expect(new Set(TOUR_STEPS.map((s) => s.topic))).toEqual(new Set(['value', 'explainability', 'privacy', 'compute cost', 'hand-off']));
  });

  it('round-trips the query parameter and rejects what is not a step', () => {
    expect(parseTourParam('3')).toEqual({ step: 3, paused: false });
    expect(parseTourParam('9p')).toEqual({ step: 9, paused: true });
    expect(formatTourParam({ step: 4, paused: true })).toBe('4p');
    for (const bad of ['', '10', '-1', 'x', '3q', null]) expect(parseTourParam(bad)).toBeNull();
  });

  it('adds the state to links, keeping their query and hash', () => {
    expect(withTourParam('http://a/x?y=1#top', { step: 2, paused: false })).toBe('http://a/x?y=1&tour=2#top');
    expect(withTourParam('http://a/x?tour=1', { step: 2, paused: true })).toBe('http://a/x?tour=2p');
    expect(withTourParam('http://a/x', null)).toBe('http://a/x');
    expect(stepHref(baseUrls, 0)).toBe('http://localhost:3004/?tour=0');
    expect(stepHref(baseUrls, 9)).toBe('http://r.example.org/compare?tour=9');
    expect(isOnStepPage(1, 'credit-risk', '/try/')).toBe(true);
    expect(isOnStepPage(1, 'recommender', '/try')).toBe(false);
  });
});

describe('TourBar and TourPanel', () => {
  function renderTour(current = 'credit-risk') {
    return render(
      <>
        <TourBar current={current} baseUrls={baseUrls} />
        <TourPanel current={current} baseUrls={baseUrls} />
        <DomainSwitcher current="credit-risk" links={[{ id: 'recommender', name: 'Movie Recommender', summary: '', defaultPort: 3003, urlEnv: 'X', href: 'http://r.example.org' }]} />
      </>,
    );
  }

  it('offers the tour, adopts a carried step, and carries it on to the next app', () => {
    pathname = '/';
    const { unmount } = renderTour();
    expect(screen.getByRole('link', { name: 'Take the tour' })).toHaveAttribute('href', 'http://localhost:3004/?tour=0');
    unmount();

    pathname = '/try';
    window.history.replaceState(null, '', '/try?tour=1&x=2');
    renderTour();
    const panel = screen.getByRole('region', { name: 'Guided tour' });
    expect(panel).toHaveTextContent('Tour step 2 of 10');
    expect(screen.getByTestId('tour-question')).toHaveTextContent(TOUR_STEPS[1].question);
    expect(window.location.search).toBe('?x=2');
    expect(within(panel).queryByRole('link', { name: 'Go to the page that answers it' })).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Next question' })).toHaveAttribute('href', 'http://localhost:3004/evaluate?tour=2');
    expect(screen.getByRole('link', { name: 'Movie Recommender' })).toHaveAttribute('href', 'http://r.example.org?tour=1');
  });

  it('can be left and resumed at the same step', () => {
    pathname = '/evaluate';
    act(() => setTourState({ step: 2, paused: false }));
    renderTour();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the tour' }));
    expect(screen.queryByRole('region', { name: 'Guided tour' })).toBeNull();
    expect(window.localStorage.getItem('atlas-tour')).toBe('2p');
    expect(screen.getByRole('link', { name: 'Movie Recommender' })).toHaveAttribute('href', 'http://r.example.org?tour=2p');
    fireEvent.click(screen.getByRole('button', { name: 'Resume the tour (step 3 of 10)' }));
    expect(screen.getByRole('region', { name: 'Guided tour' })).toHaveTextContent('Tour step 3 of 10');
  });

  it('points to the step page when the PM wandered off, and finishes on the last step', () => {
    pathname = '/data';
    act(() => setTourState({ step: 9, paused: false }));
    renderTour('credit-risk');
    expect(screen.getByRole('link', { name: 'Go to the page that answers it' })).toHaveAttribute('href', 'http://r.example.org/compare?tour=9');
    fireEvent.click(screen.getByRole('button', { name: 'Finish the tour' }));
    expect(screen.queryByRole('region', { name: 'Guided tour' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Take the tour' })).toBeInTheDocument();
  });
});
