// The sample CSV a generated app trains on until its owner brings a file: 400 rows, four numeric
// features, and a binary label drawn from a known logistic rule (so a trained model must beat the
// majority class by a clear margin). Seeded: the same file every time.
export function sampleCsv(label: string, rows = 400): string {
  let state = 12345;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const lines = [`feature_a,feature_b,feature_c,feature_d,${label}`];
  for (let i = 0; i < rows; i++) {
    const x = [normal(), normal(), normal() * 2 + 1, random() * 10];
    const z = 1.5 * x[0] - 1.0 * x[1] + 0.4 * (x[2] - 1) + 0.05 * (x[3] - 5);
    const y = random() < 1 / (1 + Math.exp(-2 * z)) ? 1 : 0;
    lines.push([...x.map((v) => v.toFixed(4)), y].join(','));
  }
  return lines.join('\n') + '\n';
}
