// The inputs the route fuzzer sends: bodies (any JSON, mutated valid examples with fields missing,
// extra or of the wrong type, huge numbers, long and unicode strings, bad JSON, huge bodies), query
// strings (repeated keys, bad percent-escapes) and dynamic segments (path tricks, unicode, long).
import fc from 'fast-check';

const HUGE_BODY_BYTES = 1_200_000; // over the 1 MiB default limit of parseJsonBody

// Built once: generating megabytes per case would make the fuzz slow without finding more.
const HUGE_BODIES = [
  `{"a":"${'x'.repeat(HUGE_BODY_BYTES)}"}`,
  `[${'1,'.repeat(HUGE_BODY_BYTES / 2)}1]`,
  '['.repeat(200_000),
  `{"application":{"x":${'9'.repeat(HUGE_BODY_BYTES)}}}`,
];

/** Numbers a JSON body can carry that tend to break arithmetic or storage. */
export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53), 2 ** 31, 2 ** 32 + 1, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Strings: unicode (astral, RTL, zero-width, NUL), long, path-like, numeric-looking. */
export const nastyString = fc.oneof(
  fc.string(),
  fc.fullUnicodeString({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '\ud83d\ude00', '\ud800', 'NaN', 'Infinity', '-1', '1e309', 'null', 'true', '../../etc/passwd', '..', '%00', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'constructor'),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'a'.repeat(n)),
);

/** Any JSON value, leaning on the nasty leaves. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyNumber,
    nastyString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 6 }),
  ),
})).value;

type Json = unknown;

/** A valid example with one change: a field dropped, replaced by a nasty value, or an extra one added. */
function mutated(seed: Record<string, Json>): fc.Arbitrary<Json> {
  const paths: string[][] = [];
  const walk = (v: Json, at: string[]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) {
        paths.push([...at, k]);
        walk(child, [...at, k]);
      }
    }
  };
  walk(seed, []);
  if (paths.length === 0) return fc.constant(seed);
  const edit = (op: 'drop' | 'set' | 'extra', path: string[], value: Json) => {
    const copy = structuredClone(seed) as Record<string, Json>;
    let parent = copy as Record<string, Json>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, Json>;
    const key = path[path.length - 1];
    if (op === 'drop') delete parent[key];
    else if (op === 'set') parent[key] = value;
    else parent[`${key}_extra`] = value;
    return copy;
  };
  return fc.tuple(fc.constantFrom('drop', 'set', 'set', 'extra') as fc.Arbitrary<'drop' | 'set' | 'extra'>, fc.constantFrom(...paths), nastyJson).map(([op, path, value]) =>
    edit(op, path, value),
  );
}

export interface FuzzBody {
  /** The raw text sent, or null for no body at all. */
  text: string | null;
  contentType: string | null;
  /** A multipart form instead of text (upload routes). */
  form?: { field: string; bytes: Uint8Array; filename: string; type: string }[];
}

const formPart = fc.record({
  field: fc.constantFrom('file', 'image', 'files', 'data', 'csv', 'x'),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(new Uint8Array(0), new Uint8Array(HUGE_BODY_BYTES * 10))),
  filename: fc.oneof(nastyString, fc.constantFrom('a.png', 'a.jpg', 'data.csv', '../../x.png', 'a.exe')),
  type: fc.constantFrom('image/png', 'image/jpeg', 'text/csv', 'application/octet-stream', ''),
});

/** Request bodies: JSON text of generated or mutated values, broken JSON, huge bodies, nothing. */
export function bodyArbitrary(seeds: readonly Record<string, Json>[]): fc.Arbitrary<FuzzBody> {
  const asJson = (a: fc.Arbitrary<Json>) => a.map((v) => ({ text: JSON.stringify(v) ?? 'null', contentType: 'application/json' }));
  const kinds: fc.WeightedArbitrary<FuzzBody>[] = [
    { weight: 4, arbitrary: asJson(nastyJson) },
    { weight: 3, arbitrary: asJson(fc.dictionary(nastyString, nastyJson, { maxKeys: 8 })) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.string(), fc.constantFrom('{', '{"a":', '{"a":NaN}', '{"a":Infinity}', "{'a':1}", '[1,]', '\ufeff{}', 'undefined', '{"a":1}{"b":2}', '{"__proto__":{"polluted":1}}'))
        .map((text) => ({ text, contentType: 'application/json' })),
    },
    { weight: 1, arbitrary: fc.constantFrom<FuzzBody>({ text: null, contentType: null }, { text: '', contentType: 'application/json' }, { text: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' }, { text: '{}', contentType: 'text/plain' }) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_BODIES).map((text) => ({ text, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.array(formPart, { maxLength: 3 }).map((form) => ({ text: null, contentType: null, form })) },
  ];
  if (seeds.length > 0) {
    const seed = fc.constantFrom(...seeds).chain(mutated);
    kinds.push({ weight: 8, arbitrary: asJson(seed) }, { weight: 1, arbitrary: asJson(fc.constantFrom(...seeds)) });
  }
  return fc.oneof(...kinds);
}

/** Query strings, some of which are not valid percent-encoding. */
export const queryArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.array(fc.tuple(fc.constantFrom('limit', 'after', 'id', 'k', 'q', 'format', 'a'), fc.oneof(nastyString, nastyNumber.map(String))), { maxLength: 4 }).map(
    (pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '?'))}`).join('&')}`,
  ),
  fc.constantFrom('?limit=%', '?limit=%E0%A4%A', '?limit=1&limit=2', '?limit=-1', '?limit=1e400', '?limit=NaN', '?%00=%00', '?after=99999999999999999999', `?q=${'a'.repeat(20_000)}`),
);

/** Values of a dynamic segment such as [id]: real ids mixed with path tricks and junk. */
export function segmentArbitrary(realValues: readonly string[]): fc.Arbitrary<string> {
  const junk = fc.oneof(nastyString, fc.constantFrom('..', '../..', '%2e%2e%2f', 'model.json', 'weights.bin', 'manifest.json', '/etc/passwd', 'a/b', '.', '~'));
  return realValues.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...realValues) }, { weight: 2, arbitrary: junk }) : junk;
}
