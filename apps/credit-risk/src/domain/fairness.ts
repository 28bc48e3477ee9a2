// Outcomes by group at a given approval cutoff: approval rate, error rates and calibration per group
// of SEX, age band and EDUCATION, and the disparate-impact ratio (a group's approval rate over the
// most-approved group's), flagged under the four-fifths rule (a ratio below 0.8 is evidence of
// adverse impact in US employment-selection guidance, used as a screening rule in lending reviews).
import { expectedCalibrationError } from '@atlas/model-core';
import { EDUCATION_CODES, SEX_CODES } from './fields';

export const FAIRNESS_ATTRIBUTES = ['SEX', 'AGE', 'EDUCATION'] as const;
export type FairnessAttribute = (typeof FAIRNESS_ATTRIBUTES)[number];

export const FOUR_FIFTHS = 0.8;

export const ATTRIBUTE_LABELS: Record<FairnessAttribute, string> = { SEX: 'Sex', AGE: 'Age band', EDUCATION: 'Education' };

export function ageBand(age: number): string {
  if (age < 25) return 'under 25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55 and over';
}

export function groupOf(attribute: FairnessAttribute, applicant: { SEX: number; AGE: number; EDUCATION: number }): string {
  if (attribute === 'SEX') return SEX_CODES[applicant.SEX] ?? `code ${applicant.SEX}`;
  if (attribute === 'AGE') return ageBand(applicant.AGE);
  return EDUCATION_CODES[applicant.EDUCATION] ?? `code ${applicant.EDUCATION}`;
}

export interface ScoredCase {
  applicant: { SEX: number; AGE: number; EDUCATION: number };
  label: 0 | 1;
  pd: number;
}

export interface GroupOutcome {
  group: string;
  count: number;
  /** Approved (PD below the cutoff) over the group's applications. */
  approvalRate: number;
  /** Observed default rate in the group. */
  defaultRate: number;
  /** Mean predicted PD: equal to the default rate when the model is calibrated for the group. */
  meanPd: number;
  /** Expected calibration error within the group (10 bins). */
  ece: number;
  /** Defaulters declined over defaulters (true positive rate, positive = default); null without defaulters. */
  tpr: number | null;
  /** Good payers declined over good payers (false positive rate); null without good payers. */
  fpr: number | null;
  /** approvalRate over the highest approval rate among the groups. */
  disparateImpact: number;
  /** disparateImpact below four fifths. */
  flagged: boolean;
}

export interface FairnessTable {
  attribute: FairnessAttribute;
  cutoff: number;
  /** The group with the highest approval rate, the reference of the ratios. */
  reference: string;
  groups: GroupOutcome[];
  minDisparateImpact: number;
  passesFourFifths: boolean;
}

const GROUP_ORDER: Record<FairnessAttribute, string[]> = {
  SEX: ['male', 'female'],
  AGE: ['under 25', '25-34', '35-44', '45-54', '55 and over'],
  EDUCATION: ['graduate school', 'university', 'high school', 'others'],
};

export function fairnessTable(cases: readonly ScoredCase[], attribute: FairnessAttribute, cutoff: number): FairnessTable {
  const byGroup = new Map<string, ScoredCase[]>();
  for (const c of cases) {
    const g = groupOf(attribute, c.applicant);
    const list = byGroup.get(g);
    if (list) list.push(c);
    else byGroup.set(g, [c]);
  }
  const order = GROUP_ORDER[attribute];
  const names = [...byGroup.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const raw = names.map((group) => {
    const list = byGroup.get(group) ?? [];
    const approved = list.filter((c) => c.pd < cutoff).length;
    const bads = list.filter((c) => c.label === 1);
    const goods = list.filter((c) => c.label === 0);
    return {
      group,
      count: list.length,
      approvalRate: approved / list.length,
      defaultRate: bads.length / list.length,
      meanPd: list.reduce((s, c) => s + c.pd, 0) / list.length,
      ece: expectedCalibrationError(
        list.map((c) => c.label),
        list.map((c) => c.pd),
      ),
      tpr: bads.length ? bads.filter((c) => c.pd >= cutoff).length / bads.length : null,
      fpr: goods.length ? goods.filter((c) => c.pd >= cutoff).length / goods.length : null,
    };
  });
  const top = raw.reduce((best, g) => (g.approvalRate > best.approvalRate ? g : best), raw[0]);
  const groups = raw.map((g) => {
    const disparateImpact = top.approvalRate > 0 ? g.approvalRate / top.approvalRate : 1;
    return { ...g, disparateImpact, flagged: disparateImpact < FOUR_FIFTHS };
  });
  const minDisparateImpact = Math.min(...groups.map((g) => g.disparateImpact));
  return { attribute, cutoff, reference: top.group, groups, minDisparateImpact, passesFourFifths: minDisparateImpact >= FOUR_FIFTHS };
}

export function fairnessReport(cases: readonly ScoredCase[], cutoff: number): FairnessTable[] {
  return FAIRNESS_ATTRIBUTES.map((a) => fairnessTable(cases, a, cutoff));
}
