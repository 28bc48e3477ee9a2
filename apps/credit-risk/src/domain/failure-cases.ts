// Known failure cases, with real examples from the test set: the defaulters the model trusted most
// (approved, then defaulted) and the good payers it distrusted most (declined, though they repaid),
// each with the reasons the model gave.
import type { LabeledTable } from './dataset';
import type { ApplicationInput, CreditPredictor } from './predictor';
import type { Reason } from './reasons';

export interface FailureCase {
  kind: 'approved-defaulted' | 'declined-repaid';
  id: string;
  pd: number;
  label: 0 | 1;
  application: ApplicationInput;
  reasons: Reason[];
}

export function failureCases(
  test: LabeledTable,
  pds: readonly number[],
  predictor: CreditPredictor,
  inputOf: (row: LabeledTable['rows'][number]) => ApplicationInput,
  perKind = 3,
): FailureCase[] {
  const indices = test.ids.map((_, i) => i);
  const missedDefaults = indices.filter((i) => test.labels[i] === 1).sort((a, b) => pds[a] - pds[b]).slice(0, perKind);
  const wrongDeclines = indices.filter((i) => test.labels[i] === 0).sort((a, b) => pds[b] - pds[a]).slice(0, perKind);
  const make = (kind: FailureCase['kind'], i: number): FailureCase => {
    const application = inputOf(test.rows[i]);
    return { kind, id: test.ids[i], pd: pds[i], label: test.labels[i], application, reasons: predictor.explain(application).reasons };
  };
  return [...missedDefaults.map((i) => make('approved-defaulted', i)), ...wrongDeclines.map((i) => make('declined-repaid', i))];
}
