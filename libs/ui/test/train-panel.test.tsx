import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN_TOKEN_KEY, TrainPanel } from '../src';
import { MockEventSource } from './helpers/mock-event-source';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh }), usePathname: () => '/train' }));

const configs = [
  { name: 'scorecard', description: 'WoE bins and logistic regression' },
  { name: 'mlp', label: 'MLP', description: 'Engineered features, calibrated' },
];

function respond(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

let fetchMock: jest.Mock;

beforeEach(() => {
  MockEventSource.instances = [];
  (globalThis as unknown as { EventSource: unknown }).EventSource = MockEventSource;
  fetchMock = jest.fn(async () => respond(202, { runId: 'run-1', status: 'running', eventsUrl: '/api/runs/run-1/events' }));
  global.fetch = fetchMock as unknown as typeof fetch;
  sessionStorage.clear();
  refresh.mockReset();
});

async function startRun(token = 's3cret') {
  fireEvent.change(screen.getByLabelText('Admin token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('radio', { name: /MLP/ }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start training' }));
  });
}

const step = (n: number) => ({ type: 'step', epoch: 1, epochs: 2, step: n, totalSteps: 10, loss: 0.6, etaSeconds: 12, samplesPerSecond: 1000 });

describe('TrainPanel', () => {
  it('starts the chosen configuration with the admin token and keeps the token for this tab', async () => {
    render(<TrainPanel configs={configs} defaultConfig="scorecard" />);
    expect(screen.getByRole('radio', { name: /scorecard/ })).toBeChecked();
    await startRun();
    expect(fetchMock).toHaveBeenCalledWith('/api/train', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' },
      body: JSON.stringify({ config: 'mlp' }),
    });
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).toBe('s3cret');
    expect(MockEventSource.latest().url).toBe('/api/runs/run-1/events');
  });

  it('renders streamed progress: status, progress bar, live loss chart and log, then refreshes the page at the end', async () => {
    render(<TrainPanel configs={configs} />);
    await startRun();
    const source = MockEventSource.latest();
    source.emit('status', { type: 'status', runId: 'run-1', status: 'running', at: '' });
    source.emit('phase', { type: 'phase', phase: 'train', message: 'training mlp on wasm', at: '' });
    source.emit('start', { type: 'start', epochs: 2, totalSteps: 10, stepsPerEpoch: 5, examples: 640, backend: 'wasm' });
    source.emit('step', step(3));

    const bar = screen.getByRole('progressbar', { name: 'Training progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '30');
    expect(bar).toHaveAttribute('aria-valuetext', '30%, step 3 of 10');
    expect(screen.getByText(/Run run-1 running, train, epoch 1 of 2\./)).toBeInTheDocument();
    expect(screen.getByText(/about 12 s left/)).toBeInTheDocument();

    source.emit('epoch', { ...step(5), type: 'epoch', loss: 0.55, metrics: { val_loss: 0.58 } });
    source.emit('epoch', { ...step(10), type: 'epoch', epoch: 2, loss: 0.45, metrics: { val_loss: 0.5 } });
    expect(screen.getByText('After epoch 2: training loss 0.4500, validation loss 0.5000.')).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Training log' });
    expect(within(log).getByText('train: training mlp on wasm')).toBeInTheDocument();
    expect(within(log).getByText('Epoch 2/2: loss 0.4500, validation loss 0.5000.')).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();

    source.emit('status', { type: 'status', runId: 'run-1', status: 'succeeded', metrics: { headline: { name: 'roc_auc', value: 0.79 } }, promoted: true, at: '' });
    expect(screen.getByText('Run run-1 succeeded: roc_auc 0.790, now the active model.')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(source.readyState).toBe(2);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Start training' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument();
  });

  it('follows the whole job when the trainer reports job progress (several fits)', async () => {
    render(<TrainPanel configs={configs} />);
    await startRun();
    const source = MockEventSource.latest();
    source.emit('status', { type: 'status', runId: 'run-1', status: 'running', at: '' });
    source.emit('progress', { type: 'progress', stage: 'cv', message: 'fold 2 of 5, member 1 of 3', fraction: 0.25, at: '' });
    source.emit('start', { type: 'start', epochs: 2, totalSteps: 10, stepsPerEpoch: 5, examples: 640, backend: 'wasm' });
    source.emit('step', step(9));
    const bar = screen.getByRole('progressbar', { name: 'Training progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuetext', '25%, fold 2 of 5, member 1 of 3');
    expect(screen.getByText('Run run-1 running: fold 2 of 5, member 1 of 3.')).toBeInTheDocument();
    expect(screen.getByText(/current fit: epoch 1\/2, step 9\/10/)).toBeInTheDocument();
    source.emit('progress', { type: 'progress', stage: 'cv', message: 'fold 2 of 5, member 1 of 3', fraction: 0.27, at: '' });
    source.emit('progress', { type: 'progress', stage: 'cv', message: 'fold 2 of 5, member 2 of 3', fraction: 0.3, at: '' });
    const log = within(screen.getByRole('log')).getAllByRole('listitem').map((li) => li.textContent);
    expect(log.filter((l) => l?.startsWith('fold 2 of 5'))).toEqual(['fold 2 of 5, member 1 of 3', 'fold 2 of 5, member 2 of 3']);
  });

  it('cancels a running run and shows how it ended', async () => {
    render(<TrainPanel configs={configs} />);
    await startRun();
    const source = MockEventSource.latest();
    source.emit('status', { type: 'status', runId: 'run-1', status: 'running', at: '' });
    fetchMock.mockImplementationOnce(async () => respond(202, { job: { status: 'running', cancelRequested: true } }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    });
    expect(fetchMock).toHaveBeenLastCalledWith('/api/runs/run-1/cancel', expect.objectContaining({ method: 'POST' }));
    expect(screen.getByText(/Cancelling: the run stops after its current step/)).toBeInTheDocument();
    source.emit('status', { type: 'status', runId: 'run-1', status: 'cancelled', error: 'cancelled', at: '' });
    expect(screen.getByText('Run run-1 cancelled.')).toBeInTheDocument();
  });

  it('shows why the server refused to start', async () => {
    fetchMock.mockImplementationOnce(async () => respond(503, { error: 'admin_disabled', message: 'admin token not configured: set ATLAS_ADMIN_TOKEN on the server' }));
    render(<TrainPanel configs={configs} />);
    await startRun('x');
    expect(screen.getByRole('alert')).toHaveTextContent('admin token not configured');
    expect(MockEventSource.instances).toHaveLength(0);
  });

  it('reports a failed run with its error', async () => {
    render(<TrainPanel configs={configs} apiBase="/credit/api/" />);
    await startRun();
    expect(fetchMock).toHaveBeenCalledWith('/credit/api/train', expect.anything());
    MockEventSource.latest().emit('status', { type: 'status', runId: 'run-1', status: 'failed', error: 'the data could not be read', at: '' });
    expect(within(screen.getByRole('log')).getByText('Run failed: the data could not be read.')).toBeInTheDocument();
  });
});
