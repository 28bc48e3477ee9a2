// The data CLI: `npm run data -- <command>`.
import { parseArgs } from 'node:util';
import { fetchCommand } from './fetch';
import { listCommand } from './list';
import { reportCommand } from './report';

const HELP = `Usage: npm run data -- <command>

Commands:
  list                       the catalog, with how much of each dataset is cached
  fetch <id>... | --all [--offline]
                             fill the cache ($ATLAS_HOME/datasets) from the mirrors, then the canonical
                             URLs (--offline: mirrors only)
  report <id> [--sample] [--json] [--seed <seed>]
                             build the dataset and print its quality report

Environment:
  ATLAS_HOME             runtime folder (default: <repo root>/.atlas)
  ATLAS_DATASET_MIRROR   folders or base URLs separated by ':' holding <mirror>/<domain>/<path>`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'list':
      return listCommand();
    case 'fetch':
      return fetchCommand(rest, values.all ?? false, { offline: values.offline });
    case 'report':
      return reportCommand(rest[0], { sample: values.sample ?? false, json: values.json ?? false, seed: values.seed });
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
