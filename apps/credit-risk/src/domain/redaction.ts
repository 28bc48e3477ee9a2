// What the prediction log keeps of an application: coarse enough that a logged row does not pin down
// a person (age in five-year bands, amounts rounded to NT$ 1,000), fine enough to monitor drift.
import type { CreditApplication } from './features';
import { FIELD_BY_NAME, type CreditFeature } from './fields';

export function redactApplication(a: CreditApplication): CreditApplication {
  const out = { ...a };
  for (const key of Object.keys(a) as CreditFeature[]) {
    const field = FIELD_BY_NAME[key];
    if (!field) continue;
    if (field.kind === 'money') out[key] = Math.round(a[key] / 1000) * 1000;
    if (field.kind === 'years') out[key] = Math.floor(a[key] / 5) * 5;
  }
  return out;
}
