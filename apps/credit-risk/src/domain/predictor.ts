// Serving a credit artifact: application -> row -> encoded features -> calibrated PD -> points,
// grade and decision; and the explanation (reasons toward default). The same class runs in the
// server's model service and in the browser.
import { encodeRow, encodeRows } from '@atlas/data-pipeline';
import { integratedGradients, type tf } from '@atlas/model-core';
import type { CreditApplication } from './features';
import { calibrate, predictEncoded } from './fitted-model';
import { creditRow, type ModelRow, type ReasonGroup } from './model-inputs';
import type { CreditPreprocess } from './preprocess';
import { reasonText, sumByGroup, topReasons, type Reason } from './reasons';
import { riskGradeOf, type RiskGrade } from './risk-grade';
import { scoreFromPd } from './scaling';
import { scoreRow, type ScorecardResult } from './scorecard';

export type ApplicationInput = Record<string, number | string | null>;

export interface Decision {
  pd: number;
  /** Points on the scorecard scale (600 at odds 19:1, PDO 50) equivalent to the PD. */
  score: number;
  grade: RiskGrade;
  cutoff: number;
  approved: boolean;
}

export interface Explanation extends Decision {
  reasons: Reason[];
  /** Every reason group's push toward default, strongest first. */
  contributions: { group: string; contribution: number }[];
  method: string;
  /** The points of each characteristic, when the model is a scorecard. */
  scorecard: ScorecardResult | null;
}

const IG_STEPS = 32;

export class CreditPredictor {
  constructor(
    readonly model: tf.LayersModel,
    readonly preprocess: CreditPreprocess,
  ) {}

  rowOf(input: ApplicationInput): ModelRow {
    if (this.preprocess.schema.kind === 'taiwan-credit') return creditRow(input as CreditApplication);
    const row: ModelRow = {};
    for (const c of this.preprocess.columns) row[c.name] = input[c.name] ?? null;
    return row;
  }

  pds(inputs: readonly ApplicationInput[]): number[] {
    const encoded = encodeRows(
      this.preprocess.encoder,
      inputs.map((i) => this.rowOf(i)),
    );
    return predictEncoded(this.model, encoded).map((raw) => calibrate(this.preprocess.calibrator, raw));
  }

  decisionOf(pd: number, cutoff = this.preprocess.cutoff): Decision {
    return { pd, score: scoreFromPd(pd, this.preprocess.scaling), grade: riskGradeOf(pd), cutoff, approved: pd < cutoff };
  }

  decide(inputs: readonly ApplicationInput[], cutoff?: number): Decision[] {
    return this.pds(inputs).map((pd) => this.decisionOf(pd, cutoff));
  }

  private describe(input: ApplicationInput): (group: string) => string {
    if (this.preprocess.schema.kind === 'taiwan-credit') return (g) => reasonText(g as ReasonGroup, input as CreditApplication);
    return (g) => `${g} (${input[g] ?? 'missing'})`;
  }

  explain(input: ApplicationInput, cutoff?: number): Explanation {
    const row = this.rowOf(input);
    const encoded = encodeRow(this.preprocess.encoder, row);
    const raw = predictEncoded(this.model, [encoded])[0];
    const decision = this.decisionOf(calibrate(this.preprocess.calibrator, raw), cutoff);
    let byGroup: Map<string, number>;
    let scorecard: ScorecardResult | null = null;
    let method: string;
    if (this.preprocess.kind === 'scorecard' && this.preprocess.scorecard) {
      scorecard = scoreRow(this.preprocess.scorecard, this.preprocess.encoder, row);
      const groupOf = new Map(this.preprocess.columns.map((c) => [c.name, c.group]));
      byGroup = sumByGroup(
        scorecard.lines.map((l) => groupOf.get(l.column) ?? l.column),
        scorecard.lines.map((l) => l.shortfall),
      );
      method = 'points short of the best attribute of each characteristic';
    } else {
      const ig = integratedGradients(this.model, encoded, { baseline: this.preprocess.baseline, steps: IG_STEPS });
      byGroup = sumByGroup(this.preprocess.featureGroups, ig.attributions);
      method = `integrated gradients (${IG_STEPS} steps) from the average repaying applicant`;
    }
    const contributions = [...byGroup.entries()].map(([group, contribution]) => ({ group, contribution })).sort((a, b) => b.contribution - a.contribution);
    return { ...decision, reasons: topReasons(byGroup, this.describe(input)), contributions, method, scorecard };
  }
}
