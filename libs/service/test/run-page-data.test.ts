import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ModelRunRecord } from '@atlas/registry';
import { activeModelView, createRunMetricsReader, type LoadedModel } from '../src';

describe('createRunMetricsReader', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-page-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads metrics.json once per run and keeps the first answer', async () => {
    writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ auc: 0.78 }));
    const read = createRunMetricsReader<{ auc: number }>();
    expect(await read({ id: 'r1', artifactPath: dir })).toEqual({ auc: 0.78 });
    writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ auc: 0.5 }));
    expect(await read({ id: 'r1', artifactPath: dir })).toEqual({ auc: 0.78 });
    // Another reader has its own cache, so it sees the file as it is now.
    expect(await createRunMetricsReader<{ auc: number }>()({ id: 'r1', artifactPath: dir })).toEqual({ auc: 0.5 });
  });

  it('answers null for a run without artifacts or with an unreadable file', async () => {
    const read = createRunMetricsReader<unknown>();
    expect(await read({ id: 'none', artifactPath: null })).toBeNull();
    expect(await read({ id: 'missing', artifactPath: path.join(dir, 'absent') })).toBeNull();
    const brokenDir = mkdtempSync(path.join(dir, 'broken-'));
    writeFileSync(path.join(brokenDir, 'metrics.json'), '{ not json');
    expect(await read({ id: 'broken', artifactPath: brokenDir })).toBeNull();
  });
});

describe('activeModelView', () => {
  const run = { id: 'run-1' } as ModelRunRecord;

  it('shapes the serving model, null when none is active', async () => {
    const loaded: LoadedModel<{ size: number }> = { run, model: { size: 3 } };
    expect(await activeModelView({ current: async () => loaded }, (l) => ({ id: l.run.id, size: l.model.size }))).toEqual({ active: { id: 'run-1', size: 3 }, error: null });
    expect(await activeModelView({ current: async () => null }, () => 1)).toEqual({ active: null, error: null });
  });

  it('reports why the model could not be loaded instead of throwing', async () => {
    const failing = { current: async (): Promise<LoadedModel<number> | null> => Promise.reject(new Error('artifact missing')) };
    expect(await activeModelView(failing, () => 1)).toEqual({ active: null, error: 'artifact missing' });
    expect(await activeModelView({ current: () => Promise.reject('down') }, () => 1)).toEqual({ active: null, error: 'down' });
  });
});
