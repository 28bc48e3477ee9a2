// The part every tabular dataset shares after parsing and cleaning: exact-duplicate removal, the
// seeded stratified split, and the report sections that follow from them.
import type { CatalogEntry } from '../catalog/types';
import { dedupe } from '../dedupe/dedupe';
import type { ReportBuilder } from '../report/builder';
import type { FeatureDef } from '../report/summarize';
import { stratifiedSplit } from '../split/stratified';
import type { DatasetBuild, TabularExample } from './types';

export function featureDefs<F extends string>(names: readonly F[], categorical: readonly F[] = []): FeatureDef<TabularExample<F>>[] {
  return names.map((name) => ({
    name,
    type: categorical.includes(name) ? 'categorical' : 'numeric',
    get: (e: TabularExample<F>) => e.features[name],
  }));
}

export function finishTabular<F extends string>(args: {
  entry: CatalogEntry;
  source: 'real' | 'sample' | 'custom';
  report: ReportBuilder<TabularExample<F>>;
  examples: TabularExample<F>[];
  rowsIn: number;
  features: readonly F[];
  categorical?: readonly F[];
  labelNames: readonly [string, string];
  seed: string;
  fractions: Record<string, number>;
}): DatasetBuild<TabularExample<F>> {
  const { report, features } = args;
  report.classBalanceIn(args.examples, (e) => args.labelNames[e.label]);
  const dup = dedupe(args.examples, {
    id: (e) => e.id,
    exactKey: (e) => JSON.stringify([features.map((f) => e.features[f]), e.label]),
    label: (e) => String(e.label),
  });
  report.step('dedupe', args.examples.length, dup.kept.length, dup.removed.length ? { 'exact duplicate of an earlier row (all features and label)': dup.removed.length } : {});
  report.duplicates(dup);
  if (dup.removed.length) {
    report.decision({
      step: 'dedupe',
      rule: 'drop rows identical to an earlier row in every feature and the label (the first one is kept)',
      rationale: 'identical rows would otherwise be able to land in both train and test (leakage) and weigh twice in training',
      count: dup.removed.length,
      ids: dup.removed.map((r) => r.id),
    });
  }
  const examples = dup.kept;
  const labelName = (e: TabularExample<F>) => args.labelNames[e.label];
  const split = stratifiedSplit(
    examples.map((e) => ({ id: e.id, stratum: labelName(e) })),
    { seed: args.seed, fractions: args.fractions, stratifiedBy: 'label', sample: args.source === 'sample' },
  );
  const byId = new Map(examples.map((e) => [e.id, e]));
  const defs = featureDefs(features, args.categorical);
  report.split(split, byId, labelName);
  report.driftBetweenParts(split, byId, defs);
  return {
    id: args.entry.id,
    entry: args.entry,
    source: args.source,
    isSample: args.source === 'sample',
    examples,
    byId,
    split,
    report: report.build({ rowsIn: args.rowsIn, examples, features: defs }),
  };
}
