// `npx nx run med-diagnosis:train [--config logistic|mlp|federated|federated-dp|all] [--task pima|wdbc|all] [--epsilon 1|3|8]`
import { runTrainCli } from '@atlas/service';
import { trainer } from '../server/training/trainer';
import { trainArguments } from './train-arguments';

void runTrainCli(trainer, trainArguments(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
