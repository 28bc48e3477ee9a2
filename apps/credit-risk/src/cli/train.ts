// `npx nx run credit-risk:train [--config NAME|all] [--data file.csv --label col [--delimiter ' ']]`
// See train-arguments.ts for what --data changes.
import { runTrainCli } from '@atlas/service';
import { trainer } from '../server/training/trainer';
import { trainArguments } from './train-arguments';

void runTrainCli(trainer, trainArguments(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
