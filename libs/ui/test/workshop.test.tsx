import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { WorkshopApp } from '../src/workshop/WorkshopApp';
import { formatCountdown, parseTeamNames, type WorkshopResponse } from '../src/workshop/workshop-types';

const station = { station: 'credit-risk', title: 'Credit Risk Scorer', page: '/try', challenge: 'Find a cutoff.' };
function response(over: Partial<WorkshopResponse> = {}): WorkshopResponse {
  return {
    workshop: {
      name: 'Kick-off', joinCode: 'ABC234', status: 'running', rotation: 0, rotations: 2, minutesPerRotation: 10, remainingMs: 125_000,
      stations: [station, { station: 'nlp-chatbot', title: 'Support Assistant', page: '/try', challenge: 'Pick a threshold.' }],
      teams: [{ name: 'Red', position: 0, joined: true, station: 'credit-risk', answered: [], answeredThisRotation: false }],
    },
    you: null,
    facilitator: null,
    ...over,
  };
}

describe('workshop helpers', () => {
  it('formats the countdown and reads team names', () => {
    expect(formatCountdown(125_000)).toBe('2:05');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(-3)).toBe('0:00');
    expect(parseTeamNames('Red, Blue\n\n Green ')).toEqual(['Red', 'Blue', 'Green']);
  });
});

describe('WorkshopApp', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    window.localStorage.clear();
    window.history.replaceState(null, '', '/workshop');
  });

  it('joins a team and shows its station, countdown and challenge, then saves an answer', async () => {
    const you = { teamId: 't1', name: 'Red', station, answers: [] };
    fetchMock.mockResolvedValue({ ok: true, json: async () => response({ you }) });
    render(<WorkshopApp baseUrls={{ 'credit-risk': 'http://c.example.org' }} stations={[{ id: 'credit-risk', name: 'Credit Risk Scorer' }]} />);
    fireEvent.change(await screen.findByLabelText('Join code'), { target: { value: 'abc234' } });
    fireEvent.change(screen.getByLabelText('Your team'), { target: { value: 'Red' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Join' })));
    expect(fetchMock.mock.calls[0][0]).toBe('/api/workshop/abc234/join');
    expect(await screen.findByTestId('workshop-station')).toHaveTextContent('Credit Risk Scorer');
    expect(screen.getByTestId('workshop-challenge')).toHaveTextContent('Find a cutoff.');
    expect(screen.getByTestId('workshop-countdown')).toHaveTextContent(/^2:0[45]$/);
    expect(screen.getByRole('link', { name: /Open the Credit Risk Scorer/ })).toHaveAttribute('href', 'http://c.example.org/try');
    expect(window.location.search).toBe('?code=ABC234&team=t1');

    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'cutoff 0.3' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save answer' })));
    const answerCall = fetchMock.mock.calls.find((c) => String(c[0]).endsWith('/answers'));
    expect(answerCall).toBeDefined();
    expect(JSON.parse(answerCall?.[1].body)).toEqual({ teamId: 't1', answer: 'cutoff 0.3' });
    expect(await screen.findByText(/Saved at/)).toBeInTheDocument();
  });

  it('shows the facilitator the join code, the teams and the controls', async () => {
    window.history.replaceState(null, '', '/workshop?code=ABC234&key=k1');
    fetchMock.mockResolvedValue({ ok: true, json: async () => response({ facilitator: { key: 'k1', answers: [], teamIds: [] } }) });
    render(<WorkshopApp baseUrls={{}} stations={[]} />);
    expect(await screen.findByTestId('workshop-join-code')).toHaveTextContent('ABC234');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/workshop/ABC234?key=k1');
    expect(screen.getByRole('table', { name: 'Team progress' })).toHaveTextContent('Red');
    expect(screen.getByRole('link', { name: 'Export as Markdown' })).toHaveAttribute('href', '/api/workshop/ABC234/export?key=k1');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Next rotation' })));
    await waitFor(() => expect(fetchMock.mock.calls.some((c) => String(c[0]).endsWith('/control') && JSON.parse(c[1].body).action === 'advance')).toBe(true));
  });
});
