// The route test every app runs against its GET /api/health handler, on a throwaway ATLAS_HOME.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRun, disconnectPrisma, finishRun, migrate, promoteRun } from '@atlas/registry';

export function describeHealthRoute(domain: string, handler: () => Promise<Response>) {
  describe('GET /api/health', () => {
    const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
    const homes: string[] = [];
    const useFreshHome = () => {
      const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-health-'));
      homes.push(home);
      process.env.ATLAS_HOME = home;
      delete process.env.DATABASE_URL;
    };

    afterAll(async () => {
      await disconnectPrisma();
      process.env.ATLAS_HOME = saved.home;
      if (saved.db) process.env.DATABASE_URL = saved.db;
      for (const h of homes) rmSync(h, { recursive: true, force: true });
    });

    it('answers 503 naming the fix when the database is not migrated', async () => {
      useFreshHome();
      const res = await handler();
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.domain).toBe(domain);
      expect(body.db).toMatch(/not migrated.*db:migrate/);
    });

    it('answers 200 with the domain, version, backend and no active model on a migrated database', async () => {
      useFreshHome();
      await migrate();
      const res = await handler();
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.json();
      expect(body).toEqual({ domain, version: expect.stringMatching(/^\d+\.\d+\.\d+/), tfBackend: expect.any(String), db: 'ok', activeModel: null });
      // cpu would mean the fast backend failed to load: a silent 40x slowdown.
      expect(['wasm', 'tensorflow']).toContain(body.tfBackend);
    }, 60_000);

    it('reports the promoted run of its own domain only', async () => {
      const other = await createRun({ domain: domain === 'credit-risk' ? 'recommender' : 'credit-risk', modelKind: 'other', config: 'x', backend: 'cpu' });
      await finishRun(other.id, { status: 'succeeded', metrics: { headline: { name: 'x', value: 1 } } });
      await promoteRun(other.id);
      expect((await (await handler()).json()).activeModel).toBeNull();
      const mine = await createRun({ domain, modelKind: 'test-kind', config: 'default', backend: 'wasm' });
      await finishRun(mine.id, { status: 'succeeded', metrics: { headline: { name: 'AUC', value: 0.8 } } });
      await promoteRun(mine.id);
      const body = await (await handler()).json();
      expect(body.activeModel).toMatchObject({ id: mine.id, modelKind: 'test-kind', headline: { name: 'AUC', value: 0.8 } });
    });
  });
}
