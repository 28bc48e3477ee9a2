// Collects what happened during a dataset build into a QualityReport.
import type { CatalogEntry } from '../catalog/types';
import type { DedupeResult } from '../dedupe/dedupe';
import type { SplitSet } from '../split/types';
import { psiCategorical, psiLevel, psiNumeric } from './psi';
import type { DriftEntry, PiiColumn, QualityReport, ReportDecision, ReportStep, SplitSummary } from './schema';
import { missingByColumn, summarizeFeatures, type FeatureDef } from './summarize';

export interface ReportSource {
  kind: 'real' | 'sample' | 'custom';
  description: string;
  files: Array<{ path: string; sha256: string }>;
}

export class ReportBuilder<E> {
  private readonly steps: ReportStep[] = [];
  private readonly decisions: ReportDecision[] = [];
  private readonly splits: SplitSummary[] = [];
  private readonly drift: DriftEntry[] = [];
  private readonly piiColumns: PiiColumn[] = [];
  private readonly warnings: string[] = [];
  private duplicateSection: QualityReport['duplicates'] = { stats: [], examples: [] };
  private balanceIn: Record<string, number> = {};

  constructor(
    private readonly entry: CatalogEntry,
    private readonly source: ReportSource,
  ) {}

  /** Records the class balance of the validated rows, before cleaning and dedupe. */
  classBalanceIn<T>(items: Iterable<T>, classOf: (item: T) => string | readonly string[]): this {
    const counts: Record<string, number> = {};
    for (const item of items) {
      const classes = classOf(item);
      for (const c of typeof classes === 'string' ? [classes] : classes) counts[c] = (counts[c] ?? 0) + 1;
    }
    this.balanceIn = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return this;
  }

  step(step: string, rowsIn: number, rowsOut: number, removed: Record<string, number> = {}, note?: string): this {
    this.steps.push({ step, rowsIn, rowsOut, removed, ...(note ? { note } : {}) });
    return this;
  }

  decision(decision: Omit<ReportDecision, 'ids'> & { ids?: readonly string[] }): this {
    this.decisions.push({ ...decision, ids: (decision.ids ?? []).slice(0, 20) });
    return this;
  }

  duplicates(result: Pick<DedupeResult<unknown>, 'removed' | 'stats'>): this {
    this.duplicateSection = {
      stats: [...this.duplicateSection.stats, ...result.stats],
      examples: [
        ...this.duplicateSection.examples,
        ...result.removed.slice(0, 20).map((r) => ({
          id: r.id,
          duplicateOf: r.duplicateOf,
          kind: r.kind,
          ...(r.split !== undefined ? { split: r.split } : {}),
          ...(r.keptSplit !== undefined ? { keptSplit: r.keptSplit } : {}),
        })),
      ],
    };
    return this;
  }

  /** Rows and class balance per part. `classOf` may return several classes (e.g. one per box). */
  split(split: SplitSet, byId: ReadonlyMap<string, E>, classOf: (e: E) => string | readonly string[], unit = 'rows'): this {
    const parts: SplitSummary['parts'] = {};
    for (const [part, ids] of Object.entries(split.parts)) {
      const balance: Record<string, number> = {};
      for (const id of ids) {
        const e = byId.get(id);
        if (e === undefined) continue;
        const classes = classOf(e);
        for (const c of typeof classes === 'string' ? [classes] : classes) balance[c] = (balance[c] ?? 0) + 1;
      }
      const sorted = Object.fromEntries(Object.entries(balance).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      parts[part] = { rows: ids.length, classBalance: sorted };
    }
    this.splits.push({ name: split.name, strategy: split.strategy, seed: split.seed, fingerprint: split.fingerprint, unit, parts });
    return this;
  }

  /** PSI of each numeric or categorical feature between the reference part and every other part. */
  driftBetweenParts(split: SplitSet, byId: ReadonlyMap<string, E>, features: readonly FeatureDef<E>[], reference = 'train'): this {
    const refIds = split.parts[reference];
    if (!refIds) return this;
    const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((e): e is E => e !== undefined);
    const ref = pick(refIds);
    for (const [part, ids] of Object.entries(split.parts)) {
      if (part === reference) continue;
      const other = pick(ids);
      for (const f of features) {
        if (f.type === 'text') continue;
        const a = ref.map(f.get);
        const b = other.map(f.get);
        const psi = f.type === 'numeric' ? psiNumeric(a, b) : psiCategorical(a, b);
        this.drift.push({ feature: f.name, reference, compared: part, psi, level: psiLevel(psi) });
      }
    }
    return this;
  }

  pii(column: PiiColumn): this {
    this.piiColumns.push(column);
    return this;
  }

  warn(message: string): this {
    this.warnings.push(message);
    return this;
  }

  build(args: { rowsIn: number; examples: readonly E[]; features: readonly FeatureDef<E>[] }): QualityReport {
    const sample = this.source.kind === 'sample';
    const warnings = sample
      ? ['Built from the project-generated SAMPLE, not the real dataset: numbers say nothing about the real data.', ...this.warnings]
      : this.warnings;
    return {
      schemaVersion: 1,
      datasetId: this.entry.id,
      title: sample ? `${this.entry.title} (generated sample)` : this.entry.title,
      domain: this.entry.domain,
      source: { kind: this.source.kind, sample, description: this.source.description, files: this.source.files },
      license: { name: this.entry.license.name, redistributable: this.entry.license.redistributable, displayable: this.entry.license.displayable },
      citation: this.entry.citation,
      rowsIn: args.rowsIn,
      rowsOut: args.examples.length,
      classBalanceIn: this.balanceIn,
      steps: this.steps,
      decisions: this.decisions,
      missing: missingByColumn(args.examples, args.features),
      duplicates: this.duplicateSection,
      splits: this.splits,
      features: summarizeFeatures(args.examples, args.features, this.entry.license.displayable),
      drift: this.drift,
      pii: { columns: this.piiColumns },
      warnings,
    };
  }
}
