// Generates an arbitrarily large CSV, chunk by chunk (for the streaming benchmark and memory tests).
// The rows look like the credit data: an id, ten numbers (some in Excel's scientific notation) and a
// 0/1 label. Browser-safe; nothing is kept in memory between chunks.
import { createRng } from '../split/rng';

export const LARGE_CSV_COLUMNS = ['id', ...Array.from({ length: 10 }, (_, i) => `x${i + 1}`), 'label'];

export function* generateLargeCsv(options: { bytes: number; seed?: string; chunkBytes?: number }): Generator<string> {
  const rng = createRng(options.seed ?? 'large-csv');
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  let written = 0;
  let id = 0;
  let chunk = `${LARGE_CSV_COLUMNS.join(',')}\r\n`;
  while (written + chunk.length < options.bytes) {
    id++;
    const cells = [String(id)];
    for (let c = 0; c < 10; c++) {
      const v = Math.round(rng() * 1_000_000) - 100_000;
      cells.push(c === 0 && v % 7 === 0 && v > 0 ? `${(v / 100000).toFixed(2)}E+05` : String(v));
    }
    cells.push(rng() < 0.22 ? '1' : '0');
    chunk += `${cells.join(',')}\r\n`;
    if (chunk.length >= chunkBytes) {
      written += chunk.length;
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
