// A plain streaming line reader (LF or CRLF) for simple machine-written files where a full CSV parser
// is not needed, e.g. the MovieLens fold files, which only name rating ids. Node only.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { DelimitedInput } from './delimited';

export async function* readLines(input: DelimitedInput): AsyncGenerator<string> {
  const stream =
    'path' in input
      ? createReadStream(input.path, { encoding: 'utf8', highWaterMark: 1 << 20 })
      : 'text' in input
        ? Readable.from([input.text])
        : 'bytes' in input
          ? Readable.from([Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength).toString('utf8')])
          : input.stream;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) if (line.length > 0) yield line;
}
