// `--task` and `--epsilon` select among the named configurations: `--task wdbc --config logistic`
// trains `wdbc-logistic`, `--config federated-dp --epsilon 1` trains `federated-dp-eps1`, and
// `--task all` trains the configuration on both tasks.
import { presetName, type ConfigKind } from '../domain/configs';
import type { TaskId } from '../domain/tasks';

const KINDS: ConfigKind[] = ['logistic', 'mlp', 'federated', 'federated-dp'];

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(flag.length + 1) : args[i + 1];
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
  const task = valueOf(args, '--task') ?? 'pima';
  const epsilonText = valueOf(args, '--epsilon');
  const epsilon = epsilonText === undefined ? 3 : Number(epsilonText);
  if (![1, 3, 8].includes(epsilon)) throw new RangeError(`--epsilon must be 1, 3 or 8, got "${epsilonText}"`);
  if (task !== 'pima' && task !== 'wdbc' && task !== 'all') throw new RangeError(`--task must be pima, wdbc or all, got "${task}"`);
  const tasks: TaskId[] = task === 'all' ? ['pima', 'wdbc'] : [task];
  const wanted = configs.length ? configs : ['mlp'];
  const out: string[] = [];
  for (const name of wanted) {
    if (KINDS.includes(name as ConfigKind)) for (const t of tasks) out.push(presetName(t, name as ConfigKind, epsilon));
    else out.push(name);
  }
  // Load only the data the chosen configurations need.
  const rest = args.filter((a, i) => !(a === '--task' || a.startsWith('--task=') || (i > 0 && args[i - 1] === '--task')));
  const needs = new Set(out.map((c) => (c === 'all' ? 'all' : c.startsWith('wdbc-') ? 'wdbc' : 'pima')));
  const loadTask = needs.has('all') || needs.size > 1 ? 'all' : [...needs][0];
  return [...rest, '--task', loadTask, ...out.flatMap((c) => ['--config', c])];
}
