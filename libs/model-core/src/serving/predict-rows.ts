// One tensor call for many feature rows: the usual `runBatch` of a coalescer over a layers model.
// Every tensor it makes is freed before it returns.
import { tf } from '../tf';

/** The model's outputs for `rows` (each row a feature vector), one array per row, in order. */
export function predictRows(model: tf.LayersModel, rows: readonly (readonly number[])[]): number[][] {
  if (rows.length === 0) return [];
  const width = rows[0].length;
  const flat = new Float32Array(rows.length * width);
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`row ${i} has ${row.length} features, row 0 has ${width}`);
    flat.set(row, i * width);
  });
  const out = tf.tidy(() => model.predict(tf.tensor2d(flat, [rows.length, width])) as tf.Tensor);
  try {
    const values = out.dataSync();
    const perRow = values.length / rows.length;
    return rows.map((_, i) => Array.from(values.subarray(i * perRow, (i + 1) * perRow)));
  } finally {
    out.dispose();
  }
}
