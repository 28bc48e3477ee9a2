// Regression: an Nx cache restore of `next build` output dropped the `.next/node_modules` links and
// every route answered 500 ("Failed to load external module @tensorflow/tfjs-<hash>").
const { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const mod = require('../lib/build-externals.cjs');

function fakeBuild(withLinks) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-next-'));
  const next = path.join(root, '.next');
  mkdirSync(path.join(next, 'server', 'chunks', 'ssr'), { recursive: true });
  writeFileSync(path.join(next, 'server', 'chunks', 'a.js'), 'e.x("@tensorflow/tfjs-151b865339a86fb2",()=>require("@tensorflow/tfjs-151b865339a86fb2"));');
  writeFileSync(path.join(next, 'server', 'chunks', 'ssr', 'b.js'), 'x("better-sqlite3-90e2652d1716b047"); x("@prisma/client-2c3a283f134fdcb6/runtime/client"); require("react");');
  const pkgs = { '@tensorflow/tfjs': 'tfjs-pkg', 'better-sqlite3': 'bs3-pkg', '@prisma/client': 'prisma-pkg' };
  for (const dir of Object.values(pkgs)) {
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'package.json'), '{}');
  }
  if (withLinks) {
    mkdirSync(path.join(next, 'node_modules', '@tensorflow'), { recursive: true });
    mkdirSync(path.join(next, 'node_modules', '@prisma'), { recursive: true });
    symlinkSync(path.join(root, 'tfjs-pkg'), path.join(next, 'node_modules', '@tensorflow', 'tfjs-151b865339a86fb2'));
    symlinkSync(path.join(root, 'bs3-pkg'), path.join(next, 'node_modules', 'better-sqlite3-90e2652d1716b047'));
    symlinkSync(path.join(root, 'prisma-pkg'), path.join(next, 'node_modules', '@prisma', 'client-2c3a283f134fdcb6'));
  }
  return { root, next };
}

describe('build externals check', () => {
  it('lists the hashed externals the server chunks require, subpaths stripped', () => {
    const { root, next } = fakeBuild(true);
    expect(mod.hashedExternals(next)).toEqual(['@prisma/client-2c3a283f134fdcb6', '@tensorflow/tfjs-151b865339a86fb2', 'better-sqlite3-90e2652d1716b047']);
    expect(mod.missingExternals(next)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  it('reports every hashed external whose link is missing', () => {
    const { root, next } = fakeBuild(false);
    expect(mod.missingExternals(next)).toHaveLength(3);
    rmSync(root, { recursive: true, force: true });
  });
});
