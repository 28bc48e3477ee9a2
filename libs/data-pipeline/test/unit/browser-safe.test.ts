// The browser entry (src/index.ts) must not reach Node-only code: no node:* or Node built-in modules,
// no Node-only packages, no Buffer or process, anywhere in its import graph.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const NODE_ONLY_PACKAGES = ['csv-parse', 'pngjs', 'jpeg-js', 'cli-progress'];

function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        const base = path.resolve(path.dirname(file), spec);
        const resolved = [`${base}.ts`, path.join(base, 'index.ts')].find(existsSync);
        if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`);
        queue.push(resolved);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('browser entry', () => {
  const { files, packages } = importGraph(path.join(SRC, 'index.ts'));

  it('imports no Node built-ins and no Node-only packages', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const p of packages) {
      expect({ p, builtin: builtins.has(p) || p.startsWith('node:') }).toEqual({ p, builtin: false });
      expect(NODE_ONLY_PACKAGES).not.toContain(p);
    }
    expect([...packages].sort()).toEqual(['fast-xml-parser', 'seedrandom', 'zod']);
  });

  it('uses neither Buffer nor process in any module it reaches', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect({ file: path.relative(SRC, file), buffer: /\bBuffer\b/.test(code), process: /\bprocess\./.test(code) }).toEqual({
        file: path.relative(SRC, file),
        buffer: false,
        process: false,
      });
    }
  });

  it('leaves file access and the builders to the node entry', () => {
    const rel = files.map((f) => path.relative(SRC, f));
    expect(rel).toContain(path.join('encode', 'tabular.ts'));
    expect(rel).toContain(path.join('image', 'transform.ts'));
    expect(rel).toContain(path.join('pii', 'detect.ts'));
    // Of the dataset modules, only the types and the credit column list (constants the credit app's
    // form reads) reach the browser; the builders stay in the node entry.
    expect(rel.filter((f) => f.startsWith('datasets')).sort()).toEqual([path.join('datasets', 'credit-fields.ts'), path.join('datasets', 'types.ts')]);
    expect(rel.some((f) => f.startsWith('fetch') && !['mirrors.ts', 'errors.ts'].includes(path.basename(f)))).toBe(false);
  });
});
