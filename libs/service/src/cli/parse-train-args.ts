// `npx nx run <app>:train` flags: the common ones, plus whatever the domain's trainer declares
// (e.g. credit-risk's --label and --delimiter for a user's own CSV).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TrainerInfo, TrainingArgs } from '../training/types';

export interface TrainCliArgs {
  /** Configurations to train, in order ('all' expanded). */
  configs: string[];
  dataPath?: string;
  seed?: number;
  promote: 'if-none' | 'always' | 'never';
  list: boolean;
  help: boolean;
  /** Do nothing when the domain already has an active model (npm start and npm test use it). */
  skipIfActive: boolean;
  /** Skip each configuration that already has a succeeded run on real (not sample) data. */
  skipIfTrained: boolean;
  /** The trainer's own flags. */
  args: TrainingArgs;
}

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

const COMMON: NonNullable<ParseArgsConfig['options']> = {
  config: { type: 'string', short: 'c', multiple: true },
  data: { type: 'string', short: 'd' },
  seed: { type: 'string' },
  promote: { type: 'string' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'skip-if-active': { type: 'boolean' },
  'skip-if-trained': { type: 'boolean' },
};

export function parseTrainArgs<P>(trainer: TrainerInfo<P>, argv: string[]): TrainCliArgs {
  const extra = trainer.cliOptions ?? {};
  for (const name of Object.keys(extra)) {
    if (name in COMMON) throw new Error(`trainer option --${name} clashes with a common train flag`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v.short ? { type: v.type, short: v.short } : { type: v.type }])) },
      allowPositionals: false,
      strict: true,
    });
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const names = Object.keys(trainer.configs);
  const requested = ((v.config as string[] | undefined) ?? [trainer.defaultConfig]).flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  const configs = requested.includes('all') ? names : requested;
  for (const c of configs) {
    if (!names.includes(c)) throw new CliUsageError(`unknown configuration "${c}"; expected one of: ${names.join(', ')} (or all)`);
  }
  let seed: number | undefined;
  if (v.seed !== undefined) {
    seed = Number(v.seed);
    if (!Number.isInteger(seed)) throw new CliUsageError(`--seed must be an integer, got "${String(v.seed)}"`);
  }
  const promote = (v.promote as string | undefined) ?? 'if-none';
  if (promote !== 'if-none' && promote !== 'always' && promote !== 'never') {
    throw new CliUsageError(`--promote must be if-none, always or never, got "${promote}"`);
  }
  const args: TrainingArgs = {};
  for (const name of Object.keys(extra)) {
    const value = v[name];
    if (typeof value === 'string' || typeof value === 'boolean') args[name] = value;
  }
  return {
    configs: [...new Set(configs)],
    dataPath: v.data as string | undefined,
    seed,
    promote,
    list: v.list === true,
    help: v.help === true,
    skipIfActive: v['skip-if-active'] === true,
    skipIfTrained: v['skip-if-trained'] === true,
    args,
  };
}

export function trainUsage<P>(trainer: TrainerInfo<P>): string {
  const app = trainer.app ?? trainer.domain;
  const lines = [
    `Usage: npx nx run ${app}:train [--config NAME ...|all] [--data FILE] [--seed N] [--promote if-none|always|never]`,
    '',
    'Trains, evaluates, saves the artifact and registers the run; promotes it when the domain has no active model.',
    '',
    '  -c, --config NAME   configuration to train (repeat, comma-separate, or "all"); default ' + trainer.defaultConfig,
    '  -d, --data FILE     your own data file instead of the catalog dataset',
    '      --seed N        seed for splits and initialisation',
    '      --promote WHEN  if-none (default), always, never',
    '      --skip-if-active  do nothing when the domain already has an active model',
    '      --skip-if-trained skip a configuration that already has a succeeded run on the real data',
    '      --list          list the configurations and exit',
    '  -h, --help          this help',
  ];
  for (const [name, opt] of Object.entries(trainer.cliOptions ?? {})) {
    const flag = `      --${name}${opt.type === 'string' ? ' VALUE' : ''}`;
    lines.push(flag + ' '.repeat(Math.max(2, 22 - flag.length)) + opt.description);
  }
  lines.push('', 'Configurations:');
  for (const [name, preset] of Object.entries(trainer.configs)) lines.push(`  ${name.padEnd(20)}${preset.description}`);
  return lines.join('\n');
}
