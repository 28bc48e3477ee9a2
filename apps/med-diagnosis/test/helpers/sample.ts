// A seeded synthetic Pima-like table for unit tests (risk rises with glucose, BMI and age).
import type { Patient } from '../../src/domain/train-run';

export function generatePimaSample(n: number, seed = 1): Patient[] {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  return Array.from({ length: n }, (_, i) => {
    const age = Math.round(21 + Math.abs(normal()) * 15);
    const glucose = Math.round(110 + normal() * 30);
    const bmi = Number((32 + normal() * 6).toFixed(1));
    const z = -9 + 0.04 * glucose + 0.08 * bmi + 0.05 * age;
    const label = rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    return {
      id: String(i + 1),
      label: label as 0 | 1,
      features: { pregnancies: Math.round(Math.abs(normal()) * 3), glucose, blood_pressure: Math.round(70 + normal() * 10), skin_thickness: rand() < 0.3 ? null : Math.round(29 + normal() * 10), insulin: rand() < 0.5 ? null : Math.round(120 + Math.abs(normal()) * 80), bmi, diabetes_pedigree: Number((0.4 + Math.abs(normal()) * 0.3).toFixed(3)), age },
    };
  });
}
