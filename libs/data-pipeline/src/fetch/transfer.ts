// Streams bytes (from a folder mirror or over HTTP) into a temporary file beside the destination while
// hashing them, verifies size and sha256, then renames into place. Node only.
import { randomBytes, createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { ProgressSink } from './progress';

export interface Expected {
  sha256: string;
  bytes: number;
}

export type TransferResult = { ok: true; bytes: number } | { ok: false; reason: string; mismatch: boolean };

export class HttpStatusError extends Error {
  constructor(readonly status: number, statusText: string) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`);
  }
}

function tempNameFor(dest: string): string {
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}-${randomBytes(4).toString('hex')}.part`);
}

/** Writes chunks to `dest` atomically if, and only if, they match `expected`. */
export async function writeVerified(
  chunks: AsyncIterable<Uint8Array>,
  dest: string,
  expected: Expected,
  progress?: { sink: ProgressSink; label: string } | null,
): Promise<TransferResult> {
  await mkdir(path.dirname(dest), { recursive: true });
  const temp = tempNameFor(dest);
  const hash = createHash('sha256');
  const out = createWriteStream(temp);
  let bytes = 0;
  progress?.sink.start(progress.label, expected.bytes);
  try {
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      if (!out.write(chunk)) await once(out, 'drain');
      progress?.sink.update({ path: progress.label, transferred: bytes, total: expected.bytes });
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    await rm(temp, { force: true });
    throw err;
  } finally {
    progress?.sink.stop(progress.label);
  }
  const actual = hash.digest('hex');
  if (actual !== expected.sha256 || bytes !== expected.bytes) {
    await rm(temp, { force: true });
    return {
      ok: false,
      mismatch: true,
      reason: `checksum mismatch: expected sha256 ${expected.sha256} (${expected.bytes} bytes), got ${actual} (${bytes} bytes)`,
    };
  }
  await rename(temp, dest);
  return { ok: true, bytes };
}

export function readFileChunks(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
}

/**
 * Downloads a URL as a chunk stream. The request aborts when no byte arrives for `idleTimeoutMs`.
 */
export async function* downloadChunks(
  url: string,
  options: { fetchImpl?: typeof fetch; idleTimeoutMs?: number } = {},
): AsyncIterable<Uint8Array> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  const idle = options.idleTimeoutMs ?? 30_000;
  let timer = setTimeout(() => controller.abort(new Error(`no data for ${idle} ms`)), idle);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${idle} ms`)), idle);
  };
  try {
    const response = await fetchImpl(url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok || !response.body) throw new HttpStatusError(response.status, response.statusText);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      touch();
      if (value) yield value;
    }
  } finally {
    clearTimeout(timer);
  }
}

interface ErrorLike {
  message: string;
  code?: string;
  cause?: unknown;
}

// Errors may come from another realm (fetch's own TypeError inside a sandbox), so no instanceof.
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string';
}

/** A readable explanation of a network failure (fetch hides the cause one level down). */
export function describeNetworkError(err: unknown): string {
  if (err instanceof HttpStatusError) return err.message;
  if (!isErrorLike(err)) return String(err);
  const cause = err.cause;
  if (isErrorLike(cause)) return `${err.message}: ${cause.code ? `${cause.code} ` : ''}${cause.message}`.trim();
  return err.code ? `${err.code} ${err.message}` : err.message;
}
