// `--task` and `--epsilon` select among the named configurations: `--task wdbc --config logistic`
// trains `wdbc-logistic`, `--config federated-dp --epsilon 1` trains `federated-dp-eps1`. Without
// `--task` both tasks are trained (so the default `train` serves both pages). `--data file.csv`
// trains the `custom-` configurations on that file (logistic and mlp by default) and does not
// promote unless `--promote` says so.
import { PRESETS, presetName, type ConfigKind } from '../domain/configs';
import type { SpecId, TaskId } from '../domain/tasks';

const KINDS: ConfigKind[] = ['logistic', 'mlp', 'federated', 'federated-dp'];

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(flag.length + 1) : args[i + 1];
}

function without(args: string[], flag: string): string[] {
  return args.filter((a, i) => !(a === flag || a.startsWith(`${flag}=`) || (i > 0 && args[i - 1] === flag)));
}

export function trainArguments(argv: readonly string[]): string[] {
  const args: string[] = [];
  const configs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--config' || a === '-c') configs.push(argv[++i] ?? '');
    else if (a.startsWith('--config=')) configs.push(a.slice('--config='.length));
    else args.push(a);
  }
  const custom = valueOf(args, '--data') !== undefined;
  const task = valueOf(args, '--task') ?? 'all';
  const epsilonText = valueOf(args, '--epsilon');
  const epsilon = epsilonText === undefined ? 3 : Number(epsilonText);
  if (![1, 3, 8].includes(epsilon)) throw new RangeError(`--epsilon must be 1, 3 or 8, got "${epsilonText}"`);
  if (task !== 'pima' && task !== 'wdbc' && task !== 'all') throw new RangeError(`--task must be pima, wdbc or all, got "${task}"`);
  const tasks: SpecId[] = custom ? ['custom'] : task === 'all' ? ['pima', 'wdbc'] : [task];
  const wanted = configs.length ? configs : custom ? ['logistic', 'mlp'] : ['mlp'];
  const out: string[] = [];
  for (const name of wanted) {
    if (KINDS.includes(name as ConfigKind)) for (const t of tasks) out.push(presetName(t, name as ConfigKind, epsilon));
    else if (name === 'all') out.push(...PRESETS.filter((p) => tasks.includes(p.params.task)).map((p) => p.name));
    else out.push(name);
  }
  const rest = without(args, '--task');
  if (custom) return [...rest, ...out.flatMap((c) => ['--config', c]), ...(valueOf(args, '--promote') === undefined ? ['--promote', 'never'] : [])];
  // Load only the data the chosen configurations need.
  const needs = new Set(out.map((c) => (c.startsWith('wdbc-') ? 'wdbc' : c.startsWith('custom-') ? 'custom' : 'pima')));
  const loadTask: TaskId | 'all' = needs.size > 1 ? 'all' : needs.has('wdbc') ? 'wdbc' : 'pima';
  return [...rest, '--task', loadTask, ...out.flatMap((c) => ['--config', c])];
}
