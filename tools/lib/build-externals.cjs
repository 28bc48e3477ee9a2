// Next's Turbopack build loads server-external packages (tfjs, better-sqlite3, pg, Prisma) through
// hashed aliases, `require("pkg-<16 hex>")`, resolved by symlinks under `.next/node_modules`. A build
// output restored without those links (a build cache, a copy that drops symlinks) starts fine and
// then answers 500 on every route. This finds such builds before they are served.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const HASHED = /"((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+-[0-9a-f]{16})(?:\/[^"]*)?"/g;

/** The hashed external names a build's server chunks require. */
function hashedExternals(nextDir) {
  const chunks = path.join(nextDir, 'server', 'chunks');
  if (!existsSync(chunks)) return [];
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) for (const m of readFileSync(full, 'utf8').matchAll(HASHED)) names.add(m[1]);
    }
  };
  walk(chunks);
  return [...names].sort();
}

/** Hashed externals with no resolvable link under `.next/node_modules`; empty when the build is whole. */
function missingExternals(nextDir) {
  return hashedExternals(nextDir).filter((name) => !existsSync(path.join(nextDir, 'node_modules', name, 'package.json')));
}

module.exports = { hashedExternals, missingExternals };
