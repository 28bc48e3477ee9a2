// Prisma CLI settings. The "js" engine runs migrations through driver adapters, so the CLI needs no
// native schema-engine binary (its download server is unreachable on some machines).
// The provider follows DATABASE_URL exactly as the runtime does (src/config.ts).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseConfig } from './src/config';
import { migrationAdapter } from './src/migration-adapter';

const db = databaseConfig();

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, db.provider === 'postgresql' ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma'),
  adapter: () => migrationAdapter(db),
});
