// `npx nx run nlp-chatbot:train-headlines`: the Chinese headline classifier of the Text classifier page.
import { runTrainCli } from '@atlas/service';
import { headlineTrainer } from '../server/headlines/trainer';

void runTrainCli(headlineTrainer, process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
