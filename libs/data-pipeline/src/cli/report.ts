// `data report <id>`: builds the dataset and prints its quality report (saved as JSON too).
import { getCatalogEntry } from '../catalog';
import { buildDataset } from '../datasets';
import { saveBuild } from '../datasets/save';
import type { QualityReport } from '../report/schema';
import { percent, table } from './format';

function render(r: QualityReport): string {
  const out: string[] = [];
  out.push(`${r.title}`, `  dataset ${r.datasetId} (${r.domain})`);
  out.push(`  source: ${r.source.sample ? 'GENERATED SAMPLE - ' : ''}${r.source.description}`);
  out.push(`  licence: ${r.license.name}${r.license.redistributable ? '' : ' (no redistribution)'}${r.license.displayable ? '' : ' (text not displayable)'}`);
  out.push(`  rows: ${r.rowsIn} in, ${r.rowsOut} out`, '');
  out.push('Steps');
  out.push(
    table(
      [['step', 'in', 'out', 'removed'], ...r.steps.map((s) => [s.step, String(s.rowsIn), String(s.rowsOut), Object.entries(s.removed).map(([k, v]) => `${v} ${k}`).join('; ') || (s.note ?? '-')])],
      '  ',
    ),
  );
  if (r.decisions.length) {
    out.push('', 'Cleaning decisions');
    for (const d of r.decisions) {
      const by = d.byValue ? ` ${JSON.stringify(d.byValue)}` : '';
      out.push(`  - ${d.column ? `${d.column}: ` : ''}${d.rule} [${d.count}${by}]`, `      why: ${d.rationale}`);
    }
  }
  const missing = Object.entries(r.missing).filter(([, m]) => m.count > 0);
  out.push('', 'Missing values', missing.length ? table(missing.map(([c, m]) => [c, String(m.count), percent(m.count, r.rowsOut)]), '  ') : '  none');
  out.push('', 'Duplicates');
  for (const d of r.duplicates.stats) {
    const leak = Object.entries(d.leakage).map(([k, v]) => `${k}: ${v}`).join(', ');
    out.push(`  ${d.kind}: ${d.removed} removed${Object.keys(d.bySplit).length ? ` (by split: ${JSON.stringify(d.bySplit)})` : ''}${leak ? `; leakage ${leak}` : ''}${d.labelConflicts ? `; ${d.labelConflicts} with a different label` : ''}`);
  }
  for (const s of r.splits) {
    out.push('', `Split "${s.name}" (${s.strategy}${s.seed ? `, seed ${s.seed}` : ''}, fingerprint ${s.fingerprint}; class balance in ${s.unit})`);
    const classes = [...new Set(Object.values(s.parts).flatMap((p) => Object.keys(p.classBalance)))];
    const shown = classes.slice(0, 8);
    const header = ['part', 'rows', ...shown];
    const rows = Object.entries(s.parts).map(([name, p]) => {
      const total = Object.values(p.classBalance).reduce((a, b) => a + b, 0);
      return [name, String(p.rows), ...shown.map((c) => `${p.classBalance[c] ?? 0} (${percent(p.classBalance[c] ?? 0, total)})`)];
    });
    out.push(table([header, ...rows], '  '));
    if (classes.length > shown.length) out.push(`  ... and ${classes.length - shown.length} more classes (see the JSON)`);
  }
  out.push('', 'Features');
  out.push(
    table(
      [
        ['feature', 'type', 'missing', 'summary'],
        ...r.features.map((f) => [
          f.name,
          f.type,
          String(f.missing),
          f.type === 'numeric'
            ? `min ${f.min} median ${f.median} max ${f.max} mean ${f.mean}`
            : f.type === 'categorical'
              ? `${f.distinct} values; top ${f.top.slice(0, 4).map((t) => `${t.value}:${t.count}`).join(' ')}`
              : `${f.distinct} distinct; mean length ${f.meanLength}${f.displayable ? '' : ' (values not displayable)'}`,
        ]),
      ],
      '  ',
    ),
  );
  const drift = r.drift.filter((d) => d.level !== 'stable');
  out.push('', `Drift (PSI against ${r.drift[0]?.reference ?? 'train'}): ${r.drift.length} comparisons, ${drift.length} not stable`);
  for (const d of drift) out.push(`  ${d.feature} ${d.reference}->${d.compared}: PSI ${d.psi} (${d.level})`);
  out.push('', 'PII');
  for (const p of r.pii.columns) {
    const found = p.byKind && Object.keys(p.byKind).length ? ` found ${JSON.stringify(p.byKind)} in ${p.rowsWithPii} rows;` : '';
    out.push(`  ${p.column} [${p.kind}]: ${p.detail};${found} action: ${p.action}`);
  }
  if (r.warnings.length) out.push('', 'Warnings', ...r.warnings.map((w) => `  ! ${w}`));
  return out.join('\n');
}

export async function reportCommand(id: string | undefined, flags: { sample: boolean; json: boolean; seed?: string }): Promise<number> {
  if (!id) {
    console.error('Usage: npm run data -- report <id> [--sample] [--json] [--seed <seed>]');
    return 2;
  }
  const entry = getCatalogEntry(id);
  const build = await buildDataset(entry.id, { source: flags.sample ? 'sample' : 'real', seed: flags.seed });
  const dir = await saveBuild(build);
  if (flags.json) console.log(JSON.stringify(build.report, null, 2));
  else {
    console.log(render(build.report));
    console.log(`\nFull report: ${dir}/report.json (splits with their ids in ${dir}/splits/)`);
  }
  return 0;
}
