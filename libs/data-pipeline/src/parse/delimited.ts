// Streaming parser for delimited text (CSV, tab- and pipe-separated, Toutiao's "_!_"), on csv-parse.
// CRLF and LF line endings, a UTF-8 byte-order mark and a missing final newline are all handled.
// Rows with the wrong number of fields are yielded too, for the caller to count and reject. Records
// are read from the parser in batches (csv-parse's per-record `info` costs 3-5x the parse itself),
// and line numbers are counted here. Node only.
import { parse, type Options } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

export type DelimitedInput = { path: string } | { text: string } | { bytes: Uint8Array } | { stream: Readable };

export interface DelimitedOptions {
  delimiter?: string;
  /** Quote character, or false for formats without quoting (MovieLens, Toutiao). Default '"'. */
  quote?: string | false;
  /** Source encoding, e.g. 'latin1' for MovieLens u.item. Default utf8. */
  encoding?: BufferEncoding;
}

export interface DelimitedRecord {
  fields: string[];
  /** 1-based line number (for quoted fields spanning lines: the number of the record's first line, approximately). */
  line: number;
}

function sourceStream(input: DelimitedInput): Readable {
  if ('path' in input) return createReadStream(input.path, { highWaterMark: 1 << 20 });
  if ('text' in input) return Readable.from([Buffer.from(input.text, 'utf8')]);
  if ('bytes' in input) return Readable.from([Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)]);
  return input.stream;
}

/** Records in batches (one per parsed chunk): the fast path for large files. Blank lines are skipped. */
export async function* readDelimitedBatches(input: DelimitedInput, options: DelimitedOptions = {}): AsyncGenerator<DelimitedRecord[]> {
  const parserOptions: Options = {
    delimiter: options.delimiter ?? ',',
    quote: options.quote === false ? null : (options.quote ?? '"'),
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
    encoding: options.encoding ?? 'utf8',
  };
  const parser = parse(parserOptions);
  const source = sourceStream(input);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  let line = 0;
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on('readable', notify);
  parser.once('end', () => {
    ended = true;
    notify();
  });
  parser.once('error', (err) => {
    failure = err;
    notify();
  });
  try {
    for (;;) {
      const batch: DelimitedRecord[] = [];
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        line++;
        if (record.length === 1 && record[0] === '') continue;
        batch.push({ fields: record, line });
      }
      if (failure) throw failure;
      if (batch.length) yield batch;
      if (ended || parser.readableEnded) return;
      await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
    }
  } finally {
    parser.off('readable', notify);
    if (!ended) {
      source.unpipe(parser);
      source.destroy();
      parser.destroy();
    }
  }
}

export async function* readDelimited(input: DelimitedInput, options: DelimitedOptions = {}): AsyncGenerator<DelimitedRecord> {
  for await (const batch of readDelimitedBatches(input, options)) yield* batch;
}

/** The header line of a delimited file plus its records. */
export async function readDelimitedWithHeader(
  input: DelimitedInput,
  options: DelimitedOptions = {},
): Promise<{ header: string[]; records: AsyncGenerator<DelimitedRecord> }> {
  const records = readDelimited(input, options);
  const first = await records.next();
  if (first.done) throw new Error('empty file: no header line');
  return { header: first.value.fields, records };
}
