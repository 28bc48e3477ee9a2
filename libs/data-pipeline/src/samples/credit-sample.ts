// A generated stand-in for the Taiwan credit-default CSV: same header (ID,X1..X23,Y), CRLF line
// endings, some amounts in Excel's scientific notation, the undocumented EDUCATION / MARRIAGE codes
// and two duplicated rows, so the whole loader runs on it. Every value is invented. Browser-safe.
import { clamp, sampleRandom, squash } from './random';

function excelScientific(value: number): string {
  let exponent = 0;
  while (value >= 10 ** (exponent + 1)) exponent++;
  return `${(value / 10 ** exponent).toFixed(2)}E+${String(exponent).padStart(2, '0')}`;
}

export function generateCreditCsv(options: { rows?: number; seed?: string } = {}): string {
  const rows = options.rows ?? 600;
  const r = sampleRandom(`credit-sample:${options.seed ?? 'atlas'}`);
  const header = ['ID', ...Array.from({ length: 23 }, (_, i) => `X${i + 1}`), 'Y'];
  const lines = [header.join(',')];
  const bodies: string[][] = [];
  for (let id = 1; id <= rows; id++) {
    const limit = clamp(Math.round((r.normal() * 0.6 + 1.6) * 10) * 10000, 10000, 800000);
    const sex = r.weighted([[2, 0.6], [1, 0.4]] as const);
    // The undocumented codes appear at a fixed rhythm so that every sample has them.
    const education = id % 97 === 0 ? 0 : id % 53 === 0 ? 5 : id % 89 === 0 ? 6 : r.weighted([[1, 0.35], [2, 0.47], [3, 0.16], [4, 0.02]] as const);
    const marriage = id % 71 === 0 ? 0 : r.weighted([[1, 0.45], [2, 0.53], [3, 0.02]] as const);
    const age = clamp(Math.round(35 + r.normal() * 9), 21, 75);
    const risk = r.normal();
    const pay = Array.from({ length: 6 }, () => clamp(Math.round(risk * 1.2 + r.normal() * 0.8 - 0.3), -2, 8));
    const utilisation = clamp(0.4 + risk * 0.2 + r.normal() * 0.2, -0.02, 1.1);
    const bills = Array.from({ length: 6 }, () => Math.round(limit * clamp(utilisation + r.normal() * 0.05, -0.02, 1.2)));
    const paid = bills.map((b) => Math.max(0, Math.round(b * clamp(0.1 + r.normal() * 0.05 - risk * 0.03, 0, 1))));
    const y = r.chance(squash(-1.4 + 0.9 * pay[0] + 0.5 * risk)) ? 1 : 0;
    const limitText = limit % 100000 === 0 && r.chance(0.5) ? excelScientific(limit) : String(limit);
    const paidText = paid.map((p) => (p >= 100000 && p % 1000 === 0 ? excelScientific(p) : String(p)));
    bodies.push([limitText, sex, education, marriage, age, ...pay, ...bills, ...paidText, y].map(String));
  }
  // Two exact duplicates of earlier rows under new ids, for the dedupe step.
  bodies.push([...bodies[10]], [...bodies[20]]);
  bodies.forEach((b, i) => lines.push([String(i + 1), ...b].join(',')));
  return `${lines.join('\r\n')}\r\n`;
}
