import { PassThrough } from 'node:stream';
import { getRun, listRuns } from '@atlas/registry';
import { createProgressReporter, parseTrainArgs, runTrainCli, type TrainingJobEvent } from '../src';
import { trainer } from './fixtures/tiny-trainer';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

function sink(tty = false) {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean };
  stream.isTTY = tty;
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

describe('parseTrainArgs', () => {
  it('reads the common flags and the trainer’s own', () => {
    expect(parseTrainArgs(trainer, ['--config', 'long', '--data=my.csv', '--seed', '7', '--fail', 'data', '--promote', 'never'])).toEqual({
      configs: ['long'],
      dataPath: 'my.csv',
      seed: 7,
      promote: 'never',
      list: false,
      help: false,
      skipIfActive: false,
      skipIfTrained: false,
      args: { fail: 'data' },
    });
  });

  it('defaults to the default configuration and expands all and comma lists', () => {
    expect(parseTrainArgs(trainer, []).configs).toEqual(['small']);
    expect(parseTrainArgs(trainer, ['--config', 'all']).configs).toEqual(['small', 'long']);
    expect(parseTrainArgs(trainer, ['-c', 'long,small', '-c', 'long']).configs).toEqual(['long', 'small']);
  });

  it('names the problem of a bad flag', () => {
    expect(() => parseTrainArgs(trainer, ['--config', 'huge'])).toThrow(/unknown configuration "huge"; expected one of: small, long/);
    expect(() => parseTrainArgs(trainer, ['--seed', 'x'])).toThrow(/--seed must be an integer/);
    expect(() => parseTrainArgs(trainer, ['--frobnicate'])).toThrow(/frobnicate/);
  });
});

describe('runTrainCli', () => {
  it('trains the requested configurations on one data load and prints a summary', async () => {
    const out = sink();
    const err = sink();
    const code = await runTrainCli(trainer, ['--config', 'all'], { out: out.stream, err: err.stream, handleSigint: false, disconnect: false });
    expect(code).toBe(0);
    expect(err.text().match(/\[data\] data: building the dataset/g)).toHaveLength(1);
    expect(err.text()).toMatch(/\[small\] epoch 2\/2/);
    expect(err.text()).toMatch(/\[long\] training completed after 40 epochs/);
    expect(out.text()).toMatch(/config\s+status\s+headline/);
    expect(out.text()).toMatch(/small\s+succeeded\s+accuracy 0\.\d{4}/);
    expect(out.text()).toMatch(/trained on the project's sample, not the real dataset/);
    const runs = await listRuns('service-test');
    expect(runs.map((r) => r.config).sort()).toEqual(['long', 'small']);
    expect(runs.filter((r) => r.active)).toHaveLength(1);
  }, 60_000);

  it('with --skip-if-active trains nothing once the domain has an active model', async () => {
    const before = (await listRuns('service-test')).length;
    expect(before).toBeGreaterThan(0);
    const out = sink();
    const code = await runTrainCli(trainer, ['--skip-if-active'], { out: out.stream, err: sink().stream, handleSigint: false, disconnect: false });
    expect(code).toBe(0);
    expect(out.text()).toMatch(/already has an active model \(run \w+/);
    expect(await listRuns('service-test')).toHaveLength(before);
  }, 60_000);

  it('with --skip-if-trained trains only the configurations without a succeeded run on real data', async () => {
    const cli = (argv: string[]) => {
      const out = sink();
      return runTrainCli(trainer, argv, { out: out.stream, err: sink().stream, handleSigint: false, disconnect: false }).then((code) => ({ code, out: out.text() }));
    };
    const count = async () => (await listRuns('service-test', { limit: 1000 })).length;
    // Runs so far were on the sample: they do not count.
    let before = await count();
    expect((await cli(['--skip-if-trained', '--config', 'small', '--real'])).code).toBe(0);
    expect(await count()).toBe(before + 1);

    before = await count();
    const second = await cli(['--skip-if-trained', '--config', 'all', '--real', '--promote', 'never']);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/already has a succeeded small run on the real data \(run \w+\); skipping it/);
    const added = (await listRuns('service-test', { limit: 1000 })).slice(0, (await count()) - before);
    expect(added.map((r) => r.config)).toEqual(['long']);

    before = await count();
    expect((await cli(['--skip-if-trained', '--config', 'all'])).code).toBe(0);
    expect(await count()).toBe(before);
  }, 60_000);

  it('exits 1 and says why when training fails, 2 on a usage error', async () => {
    const out = sink();
    const err = sink();
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await runTrainCli(trainer, ['--fail', 'train'], { out: out.stream, err: err.stream, handleSigint: false, disconnect: false });
    spy.mockRestore();
    expect(code).toBe(1);
    expect(out.text()).toMatch(/small: the tiny model diverged/);
    const failed = (await listRuns('service-test')).find((r) => r.status === 'failed');
    expect((await getRun(failed?.id as string))?.error).toBe('the tiny model diverged');

    const usage = sink();
    expect(await runTrainCli(trainer, ['--config', 'nope'], { out: out.stream, err: usage.stream, handleSigint: false, disconnect: false })).toBe(2);
    expect(usage.text()).toMatch(/Usage: npx nx run service-test-app:train/);
    expect(usage.text()).toMatch(/--fail VALUE\s+data or train/);
  });
});

describe('createProgressReporter', () => {
  const step = (n: number): TrainingJobEvent => ({
    type: 'step',
    epoch: 1,
    epochs: 2,
    step: n,
    totalSteps: 8,
    stepInEpoch: n,
    stepsPerEpoch: 4,
    loss: 0.5,
    batchLoss: 0.5,
    metrics: {},
    elapsedSeconds: 1,
    etaSeconds: 75,
    samplesPerSecond: 100,
    learningRate: 0.1,
  });

  it('draws a bar with epoch, step, loss and ETA on a terminal', () => {
    const err = sink(true);
    const reporter = createProgressReporter({ label: 'mlp', stream: err.stream, tty: true });
    reporter.onEvent({ type: 'start', epochs: 2, stepsPerEpoch: 4, totalSteps: 8, examples: 64, batchSize: 16, backend: 'cpu' });
    reporter.onEvent(step(3));
    reporter.stop();
    expect(err.text()).toMatch(/mlp \[.*\] \d+% \| epoch 1\/2 \| step 3\/8 \| loss 0\.5000 \| ETA 1m15s/);
  });

  it('follows the whole job when the trainer reports job progress', () => {
    const tty = sink(true);
    const bar = createProgressReporter({ label: 'mlp', stream: tty.stream, tty: true });
    bar.onEvent({ type: 'progress', stage: 'cv', message: 'fold 2 of 5, member 1 of 3', fraction: 0.25, at: '' });
    bar.onEvent({ type: 'start', epochs: 2, stepsPerEpoch: 4, totalSteps: 8, examples: 64, batchSize: 16, backend: 'cpu' });
    bar.onEvent(step(3));
    bar.stop();
    expect(tty.text()).toMatch(/mlp \[.*\] 25% \| fold 2 of 5, member 1 of 3 \| loss 0\.5000/);

    const plain = sink(false);
    const lines = createProgressReporter({ label: 'mlp', stream: plain.stream });
    for (const f of [0.01, 0.02, 0.15, 0.16, 0.5]) lines.onEvent({ type: 'progress', stage: 'cv', message: 'cross-validation', fraction: f, at: '' });
    lines.onEvent({ ...step(4), type: 'epoch', metrics: {} } as TrainingJobEvent);
    expect(plain.text().trim().split('\n').map((l) => l.replace(/ \(ETA .*\)$/, ''))).toEqual([
      '[mlp] 1% cross-validation',
      '[mlp] 15% cross-validation',
      '[mlp] 50% cross-validation',
    ]);
  });

  it('writes plain lines, without step spam, when not a terminal', () => {
    const err = sink(false);
    const reporter = createProgressReporter({ label: 'mlp', stream: err.stream });
    reporter.onEvent({ type: 'start', epochs: 2, stepsPerEpoch: 4, totalSteps: 8, examples: 64, batchSize: 16, backend: 'cpu' });
    for (let i = 1; i <= 4; i++) reporter.onEvent(step(i));
    reporter.onEvent({ type: 'phase', phase: 'save', message: 'writing the artifact', at: '' });
    expect(err.text().trim().split('\n')).toEqual(['[mlp] training 64 examples, 2 epochs of 4 steps on cpu', '[mlp] save: writing the artifact']);
  });
});
