// One entry point for fitting any configuration, and how many units of progress a fit takes.
import type { CreditConfig } from './configs';
import type { LabeledTable } from './dataset';
import type { FittedModel } from './fitted-model';
import type { InputColumn } from './model-inputs';
import { fitMlp, mlpMemberCount, type FitOptions } from './train-mlp';
import { fitScorecard } from './train-scorecard';

export function fitUnits(config: CreditConfig): number {
  return config.kind === 'mlp' ? mlpMemberCount(config) : 1;
}

export function fitConfig(config: CreditConfig, table: LabeledTable, columns: readonly InputColumn[], options: FitOptions): Promise<FittedModel> {
  return config.kind === 'mlp' ? fitMlp(config, table, columns, options) : fitScorecard(config, table, columns, options);
}
