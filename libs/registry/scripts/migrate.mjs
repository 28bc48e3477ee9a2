// `npm run migrate -w @atlas/registry` (root: `npm run db:migrate`): applies the committed migrations
// to the database DATABASE_URL selects (default: SQLite in ATLAS_HOME).
// The package script preloads @swc-node/register (`node -r`), whose require hook compiles
// src/migrate.ts: Node 20 cannot load TypeScript by itself.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

try {
  const { migrate } = require('../src/migrate.ts');
  await migrate();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
