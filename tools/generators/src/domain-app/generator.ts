// `npx nx g @atlas/tools:domain-app <name>`: a tabular domain app (CSV with a label column) on the shared
// libs, with its pages, API routes, tests and README, registered in libs/ui/src/domains.json (the
// domain switcher, Compare, `npm start`) on the next free port.
import { formatFiles, generateFiles, type Tree } from '@nx/devkit';
import path from 'node:path';
import { sampleCsv } from './sample-csv';

export interface DomainAppSchema {
  name: string;
  title?: string;
  label?: string;
}

interface DomainEntry {
  id: string;
  name: string;
  summary: string;
  defaultPort: number;
  urlEnv: string;
}

const DOMAINS_JSON = 'libs/ui/src/domains.json';
const DOMAINS_TS = 'libs/ui/src/domains.ts';

function titleOf(name: string): string {
  return name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Adds the id to the DomainId list of the ui lib (the type every app's overview is checked against). */
function addDomainId(source: string, id: string): string {
  const m = /export const DOMAIN_IDS = \[([^\]]*)\] as const;/.exec(source);
  if (!m) throw new Error(`${DOMAINS_TS}: DOMAIN_IDS not found; add '${id}' to it by hand`);
  return source.replace(m[0], `export const DOMAIN_IDS = [${m[1].trim()}, '${id}'] as const;`);
}

export default async function domainAppGenerator(tree: Tree, schema: DomainAppSchema): Promise<void> {
  const name = schema.name.trim();
  if (!/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/.test(name)) throw new Error(`"${name}" is not a valid domain id: lower case letters, digits and dashes`);
  if (tree.exists(`apps/${name}`)) throw new Error(`apps/${name} already exists`);
  const domains = JSON.parse(tree.read(DOMAINS_JSON, 'utf-8') ?? '[]') as DomainEntry[];
  if (domains.some((d) => d.id === name)) throw new Error(`${name} is already a domain in ${DOMAINS_JSON}`);

  const title = schema.title?.trim() || titleOf(name);
  const label = schema.label?.trim() || 'label';
  const port = Math.max(3000, ...domains.map((d) => d.defaultPort)) + 1;
  const urlEnv = `ATLAS_URL_${name.toUpperCase().replace(/-/g, '_')}`;
  domains.push({ id: name, name: title, summary: `${title}: a tabular classifier trained on your CSV`, defaultPort: port, urlEnv });
  // One entry per line, as the file is written by hand.
  tree.write(DOMAINS_JSON, `[\n${domains.map((d) => `  ${JSON.stringify(d).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`).join(',\n')}\n]\n`);
  tree.write(DOMAINS_TS, addDomainId(tree.read(DOMAINS_TS, 'utf-8') ?? '', name));

  generateFiles(tree, path.join(__dirname, 'files'), `apps/${name}`, { name, title, label, port, urlEnv, tmpl: '' });
  tree.write(`apps/${name}/data/sample.csv`, sampleCsv(label));
  await formatFiles(tree);
}
