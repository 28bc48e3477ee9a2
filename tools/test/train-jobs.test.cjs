// The training board's jobs: which targets run for each domain and with which skip flag. The module
// is ESM (the workspace scripts are), so a child node process imports it and prints the jobs.
const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

const MODULE = path.join(__dirname, '..', 'lib', 'train-progress.mjs');

function jobsFor(root, ids, options) {
  const script = `import { trainJobs } from ${JSON.stringify(MODULE)};
    console.log(JSON.stringify(trainJobs(${JSON.stringify(root)}, ${JSON.stringify(ids.map((id) => ({ id })))}, ${JSON.stringify(options)})));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe('trainJobs', () => {
  let root;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'atlas-jobs-'));
    const app = (id, targets, file = 'package.json') => {
      mkdirSync(path.join(root, 'apps', id), { recursive: true });
      const json = file === 'package.json' ? { name: id, nx: { targets } } : { targets };
      writeFileSync(path.join(root, 'apps', id, file), JSON.stringify(json));
    };
    app('plain', { train: {} });
    app('two-models', { train: {}, 'train-headlines': {} }, 'project.json');
    app('detector', { train: {}, 'train-best': {} });
    app('untrained', { build: {} });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the default models of each trainable domain, skipped when one is active', () => {
    expect(jobsFor(root, ['plain', 'two-models', 'detector', 'untrained'], {})).toEqual([
      { id: 'plain', project: 'plain', targets: ['train'], args: '--skip-if-active' },
      { id: 'two-models', project: 'two-models', targets: ['train', 'train-headlines'], args: '--skip-if-active' },
      { id: 'detector', project: 'detector', targets: ['train'], args: '--skip-if-active' },
    ]);
  });

  it('with best, runs each train-best target first, skipped per configuration already trained', () => {
    const jobs = jobsFor(root, ['plain', 'detector'], { best: true });
    expect(jobs[0]).toEqual({ id: 'detector-best', project: 'detector', targets: ['train-best'], args: '--skip-if-trained' });
    expect(jobs.map((j) => j.id)).toEqual(['detector-best', 'plain', 'detector']);
  });
});
