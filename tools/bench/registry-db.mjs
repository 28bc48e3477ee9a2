// Read-only looks into the benchmark home's SQLite registry (the bench runs its own home, on SQLite).
import { createRequire } from 'node:module';
import path from 'node:path';

function withDb(home, fn) {
  const Database = createRequire(import.meta.url)('better-sqlite3');
  const db = new Database(path.join(home, 'atlas.db'), { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return fn(db);
  } finally {
    db.close();
  }
}

const toMs = (value) => (typeof value === 'number' ? value : Date.parse(value));

export const loggedPredictions = (home, domain) =>
  withDb(home, (db) => db.prepare('SELECT COUNT(*) AS n FROM Prediction WHERE domain = ?').get(domain).n);

/** The active run of each domain: id, config and artifact folder. */
export const activeRuns = (home) =>
  withDb(home, (db) => db.prepare('SELECT id, domain, config, modelKind, artifactPath FROM ModelRun WHERE active = 1').all());

/** Every succeeded run with its wall time from start to finish, oldest first. */
export const trainingRuns = (home) =>
  withDb(home, (db) =>
    db
      .prepare("SELECT domain, config, modelKind, backend, startedAt, finishedAt, active FROM ModelRun WHERE status = 'succeeded' ORDER BY startedAt")
      .all()
      .map((r) => ({ ...r, active: Boolean(r.active), seconds: (toMs(r.finishedAt) - toMs(r.startedAt)) / 1000 })),
  );
