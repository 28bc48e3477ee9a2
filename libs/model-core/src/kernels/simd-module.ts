// A few loops that neither the wasm backend's kernels nor the JIT run fast, as a tiny WebAssembly
// module with 128-bit SIMD that imports the wasm backend's own memory, so it works on tensors in
// place. The module is assembled here from its instructions (a few hundred bytes; no build step and
// no binary in the repository). Where the engine lacks wasm SIMD the callers keep their TypeScript
// loops.
//
// copyRows gathers rows by int32 ids with memory.copy (bulk memory); segmentSum scatter-adds rows
// by id; sumMiddle sums over a block of middle axes.
// fusedAdam(x, m, v, g, newX, newM, newV: byte offsets, n: elements,
//           beta1, 1 - beta1, beta2, 1 - beta2, epsilon, -learningRate, 1 - beta1^t, 1 - beta2^t)
// computes Adam's update in float32 with the operation order of TensorFlow.js's AdamOptimizer;
// every SIMD float op is IEEE-rounded like its scalar form, so results are bit-identical to it.

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest !== 0);
  return bytes;
}

function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

const vector = (items: number[][]): number[] => [...unsignedLeb(items.length), ...items.flat()];
const section = (id: number, content: number[]): number[] => [id, ...unsignedLeb(content.length), ...content];
const name = (text: string): number[] => vector([...text].map((char) => [char.charCodeAt(0)]));

// Instructions used below.
const get = (index: number) => [0x20, ...unsignedLeb(index)];
const set = (index: number) => [0x21, ...unsignedLeb(index)];
const tee = (index: number) => [0x22, ...unsignedLeb(index)];
const i32Const = (value: number) => [0x41, ...signedLeb(value)];
const I32_ADD = [0x6a];
const I32_MUL = [0x6c];
const I32_LOAD = [0x28, 0x02, 0x00];
const MEMORY_COPY = [0xfc, 0x0a, 0x00, 0x00];
const MEMORY_FILL = [0xfc, 0x0b, 0x00];
const I32_LT_U = [0x49];
const I32_EQ = [0x46];
const I32_STORE = [0x36, 0x02, 0x00];
const ELSE = [0x05];
const RETURN = [0x0f];
const IF = [0x04, 0x40];
const I32_SHL = [0x74];
const I32_GE_U = [0x4f];
const simd = (opcode: number) => [0xfd, ...unsignedLeb(opcode)];
const V128_LOAD = [...simd(0x00), 0x00, 0x00];
const V128_STORE = [...simd(0x0b), 0x00, 0x00];
const F32X4_SPLAT = simd(0x13);
const F32X4_SQRT = simd(0xe3);
const F32X4_ADD = simd(0xe4);
const F32X4_MUL = simd(0xe6);
const F32X4_DIV = simd(0xe7);
const F32_LOAD = [0x2a, 0x02, 0x00];
const F32_STORE = [0x38, 0x02, 0x00];
const F32_SQRT = [0x91];
const F32_ADD = [0x92];
const F32_MUL = [0x94];
const F32_DIV = [0x95];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = [0x0b];
const BR = (depth: number) => [0x0c, ...unsignedLeb(depth)];
const BR_IF = (depth: number) => [0x0d, ...unsignedLeb(depth)];

/** The body of fusedAdam; `lanes` picks the SIMD (4 floats a step) or the scalar (tail) form. */
function adamStep(lanes: 'simd' | 'scalar', p: AdamLocals): number[] {
  const load = lanes === 'simd' ? V128_LOAD : F32_LOAD;
  const store = lanes === 'simd' ? V128_STORE : F32_STORE;
  const add = lanes === 'simd' ? F32X4_ADD : F32_ADD;
  const mul = lanes === 'simd' ? F32X4_MUL : F32_MUL;
  const div = lanes === 'simd' ? F32X4_DIV : F32_DIV;
  const sqrt = lanes === 'simd' ? F32X4_SQRT : F32_SQRT;
  const constant = (index: number) => get(lanes === 'simd' ? p.splats + index : p.scalars + index);
  const g = lanes === 'simd' ? p.gVector : p.gScalar;
  const mNew = lanes === 'simd' ? p.mVector : p.mScalar;
  const vNew = lanes === 'simd' ? p.vVector : p.vScalar;
  const at = (pointer: number) => [...get(pointer), ...get(p.offset), ...I32_ADD];
  return [
    // g = grad[i]
    ...at(3), ...load, ...set(g),
    // m' = m * beta1 + g * (1 - beta1); newM[i] = m'
    ...at(5), ...at(1), ...load, ...constant(0), ...mul, ...get(g), ...constant(1), ...mul, ...add, ...tee(mNew), ...store,
    // v' = v * beta2 + (g * g) * (1 - beta2); newV[i] = v'
    ...at(6), ...at(2), ...load, ...constant(2), ...mul, ...get(g), ...get(g), ...mul, ...constant(3), ...mul, ...add, ...tee(vNew), ...store,
    // newX[i] = ((m' / c1) / (sqrt(v' / c2) + eps)) * (-lr) + x[i]
    ...at(4),
    ...get(mNew), ...constant(6), ...div,
    ...get(vNew), ...constant(7), ...div, ...sqrt, ...constant(4), ...add,
    ...div, ...constant(5), ...mul,
    ...at(0), ...load, ...add,
    ...store,
  ];
}

interface AdamLocals {
  offset: number;
  end: number;
  scalars: number;
  splats: number;
  gVector: number;
  mVector: number;
  vVector: number;
  gScalar: number;
  mScalar: number;
  vScalar: number;
}

function adamFunction(): { type: number[]; body: number[] } {
  // Parameters 0..6: byte offsets of x, m, v, g, newX, newM, newV; 7: n; 8..15: the f32 scalars.
  const params = [...Array(8).fill(I32), ...Array(8).fill(F32)];
  const locals: AdamLocals = {
    scalars: 8,
    offset: 16,
    end: 17,
    splats: 18, // 18..25
    gVector: 26,
    mVector: 27,
    vVector: 28,
    gScalar: 29,
    mScalar: 30,
    vScalar: 31,
  };
  const declarations = [
    [2, I32],
    [11, V128],
    [3, F32],
  ];
  const splat = Array.from({ length: 8 }, (_, i) => [...get(locals.scalars + i), ...F32X4_SPLAT, ...set(locals.splats + i)]).flat();
  const body = [
    ...splat,
    // end = (n & ~3) * 4: bytes covered by whole SIMD steps
    ...get(7), ...i32Const(-4), 0x71, ...i32Const(2), ...I32_SHL, ...set(locals.end),
    ...BLOCK, ...LOOP,
    ...get(locals.offset), ...get(locals.end), ...I32_GE_U, ...BR_IF(1),
    ...adamStep('simd', locals),
    ...get(locals.offset), ...i32Const(16), ...I32_ADD, ...set(locals.offset),
    ...BR(0), ...END, ...END,
    // the remaining n % 4 elements, one at a time
    ...get(7), ...i32Const(2), ...I32_SHL, ...set(locals.end),
    ...BLOCK, ...LOOP,
    ...get(locals.offset), ...get(locals.end), ...I32_GE_U, ...BR_IF(1),
    ...adamStep('scalar', locals),
    ...get(locals.offset), ...i32Const(4), ...I32_ADD, ...set(locals.offset),
    ...BR(0), ...END, ...END,
  ];
  return {
    type: [0x60, ...vector(params.map((type) => [type])), ...vector([])],
    body: [...vector(declarations.map(([count, type]) => [...unsignedLeb(count), type])), ...body, ...END],
  };
}

/**
 * copyRows(table, ids, count, rowBytes, out): out[j] = table[ids[j]] for j < count, each row a
 * memory.copy of rowBytes (the gather of an embedding lookup, without a JavaScript call per row).
 */
function copyRowsFunction(): { type: number[]; body: number[] } {
  const [table, ids, count, rowBytes, out, offset, end] = [0, 1, 2, 3, 4, 5, 6];
  const body = [
    ...get(count), ...i32Const(2), ...I32_SHL, ...set(end),
    ...BLOCK, ...LOOP,
    ...get(offset), ...get(end), ...I32_GE_U, ...BR_IF(1),
    ...get(rowBytes), ...i32Const(4), ...I32_EQ,
    ...IF,
    // one-word rows (bias tables, single columns): a load and a store
    ...get(out),
    ...get(table), ...get(ids), ...get(offset), ...I32_ADD, ...I32_LOAD, ...i32Const(2), ...I32_SHL, ...I32_ADD, ...I32_LOAD,
    ...I32_STORE,
    ...ELSE,
    ...get(out),
    ...get(table), ...get(ids), ...get(offset), ...I32_ADD, ...I32_LOAD, ...get(rowBytes), ...I32_MUL, ...I32_ADD,
    ...get(rowBytes),
    ...MEMORY_COPY,
    ...END,
    ...get(out), ...get(rowBytes), ...I32_ADD, ...set(out),
    ...get(offset), ...i32Const(4), ...I32_ADD, ...set(offset),
    ...BR(0), ...END, ...END,
  ];
  return {
    type: [0x60, ...vector(Array(5).fill([I32])), ...vector([])],
    body: [...vector([[...unsignedLeb(2), I32]]), ...body, ...END],
  };
}

/**
 * dst[0..floats) += src[0..floats), four floats a step then one at a time. Uses three scratch i32
 * locals starting at `scratch`; each float is one IEEE float32 addition, as in a scalar loop.
 */
function addRowInto(dst: number, src: number, floats: number, scratch: number): number[] {
  const [k, end4, end] = [scratch, scratch + 1, scratch + 2];
  const at = (base: number) => [...get(base), ...get(k), ...I32_ADD];
  return [
    ...i32Const(0), ...set(k),
    ...get(floats), ...i32Const(-4), 0x71, ...i32Const(2), ...I32_SHL, ...set(end4),
    ...get(floats), ...i32Const(2), ...I32_SHL, ...set(end),
    ...BLOCK, ...LOOP,
    ...get(k), ...get(end4), ...I32_GE_U, ...BR_IF(1),
    ...at(dst), ...at(dst), ...V128_LOAD, ...at(src), ...V128_LOAD, ...F32X4_ADD, ...V128_STORE,
    ...get(k), ...i32Const(16), ...I32_ADD, ...set(k),
    ...BR(0), ...END, ...END,
    ...BLOCK, ...LOOP,
    ...get(k), ...get(end), ...I32_GE_U, ...BR_IF(1),
    ...at(dst), ...at(dst), ...F32_LOAD, ...at(src), ...F32_LOAD, ...F32_ADD, ...F32_STORE,
    ...get(k), ...i32Const(4), ...I32_ADD, ...set(k),
    ...BR(0), ...END, ...END,
  ];
}

/** for (counter = 0; counter < limit; counter++) body, with `limit` the code that pushes the bound. */
function forRange(counter: number, limit: number[], body: number[]): number[] {
  return [
    ...i32Const(0), ...set(counter),
    ...BLOCK, ...LOOP,
    ...get(counter), ...limit, ...I32_GE_U, ...BR_IF(1),
    ...body,
    ...get(counter), ...i32Const(1), ...I32_ADD, ...set(counter),
    ...BR(0), ...END, ...END,
  ];
}

/**
 * transposedPatches(x, out, batch, inH, inW, inC, outH, outW, fH, fW, sH, sW, padTop, padLeft):
 * out[(kh * fW + kw) * inC + ci][m] = x[n, oh * sH - padTop + kh, ow * sW - padLeft + kw, ci] for
 * m = (n * outH + oh) * outW + ow, and 0 where the tap falls in the padding (see patches.ts).
 */
function transposedPatchesFunction(): { type: number[]; body: number[] } {
  const [x, out, batch, inH, inW, inC, outH, outW, fH, fW, sH, sW, padTop, padLeft] = [...Array(14).keys()];
  const [n, oh, kh, kw, ci, ow, ih, columns, m0, dst, srcRow, iw, rowValid] = [...Array(13).keys()].map((i) => 14 + i);
  const mul = (a: number[], b: number[]) => [...a, ...b, ...I32_MUL];
  const add = (a: number[], b: number[]) => [...a, ...b, ...I32_ADD];
  const sub = (a: number[], b: number[]) => [...a, ...b, 0x6b];
  const four = i32Const(4);
  const owLoop = forRange(ow, get(outW), [
    // iw = ow * sW - padLeft + kw
    ...add(sub(mul(get(ow), get(sW)), get(padLeft)), get(kw)), ...set(iw),
    ...get(dst),
    ...get(rowValid), ...get(iw), ...get(inW), ...I32_LT_U, 0x71, // rowValid & (iw <u inW)
    ...[0x04, F32], // if with an f32 result
    ...add(get(srcRow), mul(mul(get(iw), get(inC)), four)), ...F32_LOAD,
    ...ELSE,
    0x43, 0x00, 0x00, 0x00, 0x00, // f32.const 0
    ...END,
    ...F32_STORE,
    ...add(get(dst), four), ...set(dst),
  ]);
  const ciLoop = forRange(ci, get(inC), [
    // dst = out + ((((kh * fW + kw) * inC + ci) * columns) + m0) * 4
    ...add(get(out), mul(add(mul(add(mul(add(mul(get(kh), get(fW)), get(kw)), get(inC)), get(ci)), get(columns)), get(m0)), four)), ...set(dst),
    // srcRow = x + ((n * inH + ih) * inW * inC + ci) * 4 (the row's start, before the column offset)
    ...add(get(x), mul(add(mul(mul(add(mul(get(n), get(inH)), get(ih)), get(inW)), get(inC)), get(ci)), four)), ...set(srcRow),
    ...owLoop,
  ]);
  const body = [
    ...mul(mul(get(batch), get(outH)), get(outW)), ...set(columns),
    ...forRange(n, get(batch), forRange(oh, get(outH), [
      ...mul(add(mul(get(n), get(outH)), get(oh)), get(outW)), ...set(m0),
      ...forRange(kh, get(fH), [
        ...add(sub(mul(get(oh), get(sH)), get(padTop)), get(kh)), ...set(ih),
        ...get(ih), ...get(inH), ...I32_LT_U, ...set(rowValid),
        ...forRange(kw, get(fW), ciLoop),
      ]),
    ])),
  ];
  return {
    type: [0x60, ...vector(Array(14).fill([I32])), ...vector([])],
    body: [...vector([[...unsignedLeb(13), I32]]), ...body, ...END],
  };
}

/** firstInvalidId(ids, count, limit): the index of the first id outside [0, limit), or -1. */
function firstInvalidIdFunction(): { type: number[]; body: number[] } {
  const [ids, count, limit, offset, end] = [0, 1, 2, 3, 4];
  const body = [
    ...get(count), ...i32Const(2), ...I32_SHL, ...set(end),
    ...BLOCK, ...LOOP,
    ...get(offset), ...get(end), ...I32_GE_U, ...BR_IF(1),
    ...get(ids), ...get(offset), ...I32_ADD, ...I32_LOAD, ...get(limit), ...I32_GE_U, // unsigned: negative ids too
    ...IF, ...get(offset), ...i32Const(2), 0x76, ...RETURN, ...END, // i32.shr_u: byte offset to index
    ...get(offset), ...i32Const(4), ...I32_ADD, ...set(offset),
    ...BR(0), ...END, ...END,
    ...i32Const(-1),
  ];
  return {
    type: [0x60, ...vector(Array(3).fill([I32])), ...vector([[I32]])],
    body: [...vector([[...unsignedLeb(2), I32]]), ...body, ...END],
  };
}

/**
 * segmentSum(x, ids, count, rowFloats, out, numSegments): out = zeros, then out[ids[j]] += x[j] for
 * every j with 0 <= ids[j] < numSegments (the gradient of an embedding lookup).
 */
function segmentSumFunction(): { type: number[]; body: number[] } {
  const [x, ids, count, rowFloats, out, segments] = [0, 1, 2, 3, 4, 5];
  const [j, end, id, rowBytes, dst, src, scratch] = [6, 7, 8, 9, 10, 11, 12];
  const body = [
    ...get(rowFloats), ...i32Const(2), ...I32_SHL, ...set(rowBytes),
    ...get(out), ...i32Const(0), ...get(segments), ...get(rowBytes), ...I32_MUL, ...MEMORY_FILL,
    ...get(count), ...i32Const(2), ...I32_SHL, ...set(end),
    ...BLOCK, ...LOOP,
    ...get(j), ...get(end), ...I32_GE_U, ...BR_IF(1),
    ...get(ids), ...get(j), ...I32_ADD, ...I32_LOAD, ...tee(id), ...get(segments), ...I32_LT_U, // unsigned: drops negative ids too
    ...IF,
    ...get(out), ...get(id), ...get(rowBytes), ...I32_MUL, ...I32_ADD, ...set(dst),
    ...get(x), ...get(j), ...get(rowFloats), ...I32_MUL, ...I32_ADD, ...set(src),
    ...addRowInto(dst, src, rowFloats, scratch),
    ...END,
    ...get(j), ...i32Const(4), ...I32_ADD, ...set(j),
    ...BR(0), ...END, ...END,
  ];
  return {
    type: [0x60, ...vector(Array(6).fill([I32])), ...vector([])],
    body: [...vector([[...unsignedLeb(9), I32]]), ...body, ...END],
  };
}

/**
 * sumMiddle(x, outer, reduce, inner, out): out[o][i] = sum over r of x[o][r][i], adding r in
 * ascending order (a sum over axes that are neither leading-only nor innermost, without the
 * transpose the shipped Sum kernel makes first).
 */
function sumMiddleFunction(): { type: number[]; body: number[] } {
  const [x, outer, reduce, inner, out] = [0, 1, 2, 3, 4];
  const [o, r, src, dst, innerBytes, scratch] = [5, 6, 7, 8, 9, 10];
  const body = [
    ...get(inner), ...i32Const(2), ...I32_SHL, ...set(innerBytes),
    ...get(out), ...i32Const(0), ...get(outer), ...get(innerBytes), ...I32_MUL, ...MEMORY_FILL,
    ...get(x), ...set(src),
    ...get(out), ...set(dst),
    ...BLOCK, ...LOOP,
    ...get(o), ...get(outer), ...I32_GE_U, ...BR_IF(1),
    ...i32Const(0), ...set(r),
    ...BLOCK, ...LOOP,
    ...get(r), ...get(reduce), ...I32_GE_U, ...BR_IF(1),
    ...addRowInto(dst, src, inner, scratch),
    ...get(src), ...get(innerBytes), ...I32_ADD, ...set(src),
    ...get(r), ...i32Const(1), ...I32_ADD, ...set(r),
    ...BR(0), ...END, ...END,
    ...get(dst), ...get(innerBytes), ...I32_ADD, ...set(dst),
    ...get(o), ...i32Const(1), ...I32_ADD, ...set(o),
    ...BR(0), ...END, ...END,
  ];
  return {
    type: [0x60, ...vector(Array(5).fill([I32])), ...vector([])],
    body: [...vector([[...unsignedLeb(8), I32]]), ...body, ...END],
  };
}

function assemble(memory: WebAssembly.Memory): Uint8Array<ArrayBuffer> {
  const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
  // No minimum and, unless shared, no maximum: the import then accepts the backend's memory as it is.
  const limits = shared ? [0x03, 0x00, ...unsignedLeb(65536)] : [0x00, 0x00];
  const functions = [
    { name: 'fusedAdam', ...adamFunction() },
    { name: 'copyRows', ...copyRowsFunction() },
    { name: 'segmentSum', ...segmentSumFunction() },
    { name: 'firstInvalidId', ...firstInvalidIdFunction() },
    { name: 'transposedPatches', ...transposedPatchesFunction() },
    { name: 'sumMiddle', ...sumMiddleFunction() },
  ];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(functions.map((fn) => fn.type))),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, ...limits]])),
    ...section(3, vector(functions.map((_, index) => unsignedLeb(index)))),
    ...section(7, vector(functions.map((fn, index) => [...name(fn.name), 0x00, ...unsignedLeb(index)]))),
    ...section(10, vector(functions.map((fn) => [...unsignedLeb(fn.body.length), ...fn.body]))),
  ];
  const module = new Uint8Array(bytes.length);
  module.set(bytes);
  return module;
}

export interface SimdLoops {
  fusedAdam(
    x: number, m: number, v: number, g: number, newX: number, newM: number, newV: number, n: number,
    beta1: number, oneMinusBeta1: number, beta2: number, oneMinusBeta2: number,
    epsilon: number, negativeRate: number, correction1: number, correction2: number,
  ): void;
  copyRows(table: number, ids: number, count: number, rowBytes: number, out: number): void;
  firstInvalidId(ids: number, count: number, limit: number): number;
  transposedPatches(
    x: number, out: number, batch: number, inH: number, inW: number, inC: number, outH: number, outW: number,
    fH: number, fW: number, sH: number, sW: number, padTop: number, padLeft: number,
  ): void;
  segmentSum(x: number, ids: number, count: number, rowFloats: number, out: number, numSegments: number): void;
  sumMiddle(x: number, outer: number, reduce: number, inner: number, out: number): void;
}

const instances = new WeakMap<WebAssembly.Memory, SimdLoops | null>();
let enabled = true;

/** Turns the SIMD loops off (tests use it to cover the TypeScript fallbacks that engines without SIMD run). */
export function setSimdLoopsEnabled(value: boolean): void {
  enabled = value;
}

/** The SIMD loops bound to a wasm memory, or null where the engine cannot run them. */
export function simdLoopsFor(memory: WebAssembly.Memory | undefined): SimdLoops | null {
  if (!enabled || !memory || typeof WebAssembly === 'undefined') return null;
  if (instances.has(memory)) return instances.get(memory) ?? null;
  let loops: SimdLoops | null = null;
  try {
    const bytes = assemble(memory);
    if (WebAssembly.validate(bytes)) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
      loops = instance.exports as unknown as SimdLoops;
    }
  } catch {
    loops = null; // no wasm SIMD here: callers use their TypeScript loops
  }
  instances.set(memory, loops);
  return loops;
}
