// A made-up lender's file for the bring-your-own-data test: string-coded categories, a numeric
// column with missing cells, an id column, and a yes/no label that depends on the columns.
import { createSeededRandom } from '@atlas/model-core';

export function generatedCreditCsv(rows: number, delimiter = ',', seed = 11): string {
  const random = createSeededRandom(seed);
  const regions = ['R1', 'R2', 'R3', 'R4', 'R5'];
  const jobs = ['salaried', 'self-employed', 'unemployed'];
  const lines = [['client_id', 'income', 'utilization', 'region', 'employment', 'late_payments', 'defaulted'].join(delimiter)];
  for (let i = 1; i <= rows; i++) {
    const income = Math.round(20000 + random() * 80000);
    const utilization = random();
    const region = regions[Math.floor(random() * regions.length)];
    const job = jobs[Math.floor(random() * jobs.length)];
    const late = Math.floor(random() * random() * 5);
    const logit = -1.5 + 2.2 * utilization + 0.6 * late - income / 60000 + (job === 'unemployed' ? 1 : 0) + (region === 'R5' ? 0.5 : 0);
    const bad = random() < 1 / (1 + Math.exp(-logit));
    lines.push([`C${i}`, i % 50 === 0 ? 'NA' : String(income), utilization.toFixed(3), region, job, String(late), bad ? 'yes' : 'no'].join(delimiter));
  }
  return `${lines.join('\n')}\n`;
}
