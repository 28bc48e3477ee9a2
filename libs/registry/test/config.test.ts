// Where the registry looks for its state, and which provider DATABASE_URL selects.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atlasHome, databaseConfig, repoRoot } from '../src';
import { atlasHomePath } from '../src/config';

const root = path.resolve(__dirname, '../../..');

describe('repoRoot and atlasHome', () => {
  it('finds the folder holding nx.json from any folder below it', () => {
    expect(repoRoot()).toBe(root);
    expect(repoRoot(path.join(root, 'libs/registry/src'))).toBe(root);
    expect(() => repoRoot(os.tmpdir())).toThrow(/nx\.json/);
  });

  it('defaults to .atlas at the repo root and resolves a relative ATLAS_HOME against the root', () => {
    // Only the path: the suite must not create the user's .atlas.
    expect(atlasHomePath({})).toBe(path.join(root, '.atlas'));
    const relative = path.join('dist', `registry-home-test-${process.pid}`);
    try {
      expect(atlasHome({ ATLAS_HOME: relative })).toBe(path.join(root, relative));
      expect(fs.statSync(path.join(root, relative)).isDirectory()).toBe(true);
    } finally {
      fs.rmSync(path.join(root, relative), { recursive: true, force: true });
    }
  });
});

describe('databaseConfig', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-config-test-'));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  it('uses SQLite at an absolute path in ATLAS_HOME when DATABASE_URL is unset', () => {
    expect(databaseConfig({ ATLAS_HOME: home })).toEqual({ provider: 'sqlite', url: `file:${path.join(home, 'atlas.db')}` });
  });

  it('picks PostgreSQL for postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://u:p@db:5432/atlas', 'postgresql://u@localhost/atlas?schema=public']) {
      expect(databaseConfig({ DATABASE_URL: url })).toEqual({ provider: 'postgresql', url });
    }
  });

  it('makes a relative file: URL absolute against the repo root, whatever the cwd', () => {
    expect(databaseConfig({ DATABASE_URL: 'file:./dist/x.db' })).toEqual({ provider: 'sqlite', url: `file:${path.join(root, 'dist/x.db')}` });
    expect(databaseConfig({ DATABASE_URL: `file:${home}/y.db?connection_limit=1` }).url).toBe(`file:${home}/y.db`);
  });

  it('rejects other URLs, naming what it accepts', () => {
    expect(() => databaseConfig({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(/postgres:\/\/, postgresql:\/\/ or file:/);
  });
});
