import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN_TOKEN_KEY, RunsTable, type RunRow } from '../src';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }), usePathname: () => '/train' }));

const base: RunRow = {
  id: 'r1',
  config: 'mlp',
  modelKind: 'mlp',
  status: 'succeeded',
  backend: 'wasm',
  active: true,
  startedAt: '2026-11-28T10:00:00.000Z',
  finishedAt: '2026-11-28T10:01:00.000Z',
  error: null,
  headline: { name: 'roc_auc', value: 0.791 },
  trainingSeconds: 42.5,
  isSample: false,
};
const runs: RunRow[] = [
  { ...base, id: 'r3', config: 'scorecard', active: false, headline: { name: 'roc_auc', value: 0.77 }, isSample: true },
  { ...base, id: 'r2', config: 'mlp-no-protected', status: 'failed', active: false, headline: null, error: 'out of memory', trainingSeconds: null },
  base,
];

beforeEach(() => {
  refresh.mockReset();
  sessionStorage.clear();
});

describe('RunsTable', () => {
  it('marks the active run and offers promotion only for other succeeded runs', () => {
    render(<RunsTable runs={runs} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const active = rows.find((r) => r.getAttribute('data-run-id') === 'r1') as HTMLElement;
    expect(active).toHaveAttribute('aria-current', 'true');
    expect(within(active).getByText('active')).toBeInTheDocument();
    expect(within(active).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Promote/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Promote run r3 (scorecard) to active' })).toBeInTheDocument();
    const failed = rows.find((r) => r.getAttribute('data-run-id') === 'r2') as HTMLElement;
    expect(failed).toHaveTextContent('failed');
    expect(failed).toHaveTextContent('out of memory');
    expect(within(rows[0]).getByText('sample')).toBeInTheDocument();
    expect(active).toHaveTextContent('roc_auc 0.791');
    expect(active).toHaveTextContent('42.5 s');
  });

  it('calls the promote action, then marks the new active run and refreshes the page', async () => {
    const onPromote = jest.fn(async () => undefined);
    render(<RunsTable runs={runs} onPromote={onPromote} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Promote run r3 (scorecard) to active' }));
    });
    expect(onPromote).toHaveBeenCalledWith('r3');
    const promoted = screen.getAllByRole('row').find((r) => r.getAttribute('data-run-id') === 'r3') as HTMLElement;
    expect(promoted).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Run r3 (scorecard) is now the active model.');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('posts to the promote path with the stored admin token and reports a refusal', async () => {
    sessionStorage.setItem(ADMIN_TOKEN_KEY, 'tok');
    const fetchMock = jest.fn(async () => ({ ok: false, status: 401, json: async () => ({ error: 'unauthorized', message: 'wrong admin token' }) }));
    global.fetch = fetchMock as unknown as typeof fetch;
    render(<RunsTable runs={runs} promotePath="/credit/api/runs/:id/promote" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Promote run r3/ }));
    });
    expect(fetchMock).toHaveBeenCalledWith('/credit/api/runs/r3/promote', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
    expect(screen.getByRole('alert')).toHaveTextContent('Promoting run r3 failed: The admin token is missing or wrong. wrong admin token');
    expect(refresh).not.toHaveBeenCalled();
    const stillActive = screen.getAllByRole('row').find((r) => r.getAttribute('data-run-id') === 'r1') as HTMLElement;
    expect(stillActive).toHaveAttribute('aria-current', 'true');
  });

  it('says so when there are no runs', () => {
    render(<RunsTable runs={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No runs yet.');
  });
});
