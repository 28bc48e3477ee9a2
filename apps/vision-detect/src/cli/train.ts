// `npx nx run vision-detect:train [--config NAME|all] [--data voc-folder] [--epochs N] [--skip-if-active]`
// With --data, the run is not promoted unless --promote says so: the pages speak of road signs.
import { runTrainCli } from '@atlas/service';
import { trainer } from '../server/training/trainer';

function withDefaults(argv: readonly string[]): string[] {
  const args = [...argv];
  const has = (flag: string, short?: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`) || (short !== undefined && a === short));
  if (has('--data', '-d') && !has('--promote')) args.push('--promote', 'never');
  return args;
}

void runTrainCli(trainer, withDefaults(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
