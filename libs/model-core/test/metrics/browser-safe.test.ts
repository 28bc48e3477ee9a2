import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as metrics from '../../src/metrics';

// The metrics run in browsers as well as in Node: they may import only each other and the seeded
// random source, never node:* modules or TensorFlow.js.
const sourceDir = join(__dirname, '../../src/metrics');

describe('metrics entry', () => {
  it('imports nothing but sibling modules and the seeded random source', () => {
    const files = readdirSync(sourceDir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(sourceDir, file), 'utf8');
      const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
      for (const specifier of specifiers) {
        expect({ file, specifier, allowed: /^\.\/[a-z-]+$/.test(specifier) || specifier === '../seeded-random' }).toEqual({
          file,
          specifier,
          allowed: true,
        });
      }
    }
  });

  it('exports one function per metric family and is re-exported by the package entry', () => {
    for (const name of ['rocAuc', 'thresholdSweep', 'fitPlatt', 'fitIsotonic', 'ndcgAtK', 'evaluateDetections', 'bootstrapCi']) {
      expect(typeof (metrics as Record<string, unknown>)[name]).toBe('function');
    }
    const entry = readFileSync(join(__dirname, '../../src/index.ts'), 'utf8');
    expect(entry).toContain("export * from './metrics';");
  });
});
