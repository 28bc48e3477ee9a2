// `npx nx run nlp-chatbot:train [--config accurate|fast|all] [--data intents.csv|intents.json] [--skip-if-active]`
import { runTrainCli } from '@atlas/service';
import { trainer } from '../server/training/trainer';

void runTrainCli(trainer, process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
