// A generated clinic export for the bring-your-own-CSV test: an id, age, glucose and BMI that drive a
// yes/no outcome, a lab value that is mostly noise, a constant site column, and '?' where a value was
// not recorded (a tenth of glucose, a third of the lab value). Seeded, so counts are exact.
import { createRng } from '@atlas/data-pipeline';

export interface GeneratedCsv {
  text: string;
  missing: Record<string, number>;
}

export function generatedClinicCsv(rows: number, marker = '?'): GeneratedCsv {
  const rng = createRng('med-byo-csv');
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const missing: Record<string, number> = { glucose: 0, lab: 0 };
  const lines = ['patient_id,age,glucose,bmi,lab,site,outcome'];
  for (let i = 0; i < rows; i++) {
    const age = Math.round(25 + 40 * rng());
    const glucose = 90 + 30 * normal();
    const bmi = 27 + 5 * normal();
    const z = -1 + 0.05 * (glucose - 90) + 0.12 * (bmi - 27) + 0.03 * (age - 45) + 0.8 * normal();
    const outcome = z > 0 ? 'yes' : 'no';
    const glucoseCell = rng() < 0.1 ? (missing.glucose++, marker) : glucose.toFixed(0);
    const labCell = rng() < 1 / 3 ? (missing.lab++, marker) : (5 + normal()).toFixed(2);
    lines.push([`P${1000 + i}`, age, glucoseCell, bmi.toFixed(1), labCell, 'north', outcome].join(','));
  }
  return { text: `${lines.join('\n')}\n`, missing };
}
