// `npx nx run recommender:train [--config NAME|all] [--data ratings.csv [--items items.csv]]`
import { runTrainCli } from '@atlas/service';
import { trainer } from '../server/training/trainer';

void runTrainCli(trainer).then((code) => {
  process.exitCode = code;
});
