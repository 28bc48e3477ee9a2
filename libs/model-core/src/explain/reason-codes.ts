// Reason codes: the few features that pushed one applicant's prediction toward the bad outcome,
// in sentences the applicant can read (as adverse-action notices must give "the principal
// reasons"). The contributions can come from any attribution method (integrated gradients, or a
// linear model's w (x - reference)); only features that pushed toward "bad" are reasons, the
// strongest first, ties kept in the features' input order.

export interface ReasonTemplate {
  /** Plain name of the feature, used when no sentence fits ("Payment status last month"). */
  label?: string;
  /** Sentence when the value is above its reference ("Recent payments were late"). */
  whenHigh?: string;
  /** Sentence when the value is below its reference ("Credit limit is low"). */
  whenLow?: string;
  /** How the value reads ("2 months"); the number as it is by default. */
  formatValue?: (value: number) => string;
}

export interface ReasonCodeOptions {
  featureNames: string[];
  /** The applicant's values. */
  values: number[];
  /** Each feature's push on the score (e.g. integrated-gradient attributions). */
  contributions: number[];
  /**
   * Which way of the score is bad. 'higher-is-bad' (default): the score is, e.g., the probability
   * of default, so a positive contribution is a reason. 'higher-is-good': the score is, e.g., the
   * approval probability, so a negative contribution is.
   */
  scoreDirection?: 'higher-is-bad' | 'higher-is-good';
  /** Reference values telling "high" from "low" (e.g. the attribution baseline). */
  reference?: number[];
  templates?: Record<string, ReasonTemplate>;
  /** At most this many reasons (default 4, the usual number on an adverse-action notice). */
  topK?: number;
  /** Pushes at or below this are not reasons (default 0: any push toward bad counts). */
  minContribution?: number;
}

export interface ReasonCode {
  rank: number;
  feature: string;
  value: number;
  /** Push toward the bad outcome (always > minContribution). */
  contribution: number;
  direction: 'high' | 'low' | 'unknown';
  text: string;
}

function readValue(value: number, template: ReasonTemplate | undefined): string {
  if (template?.formatValue) return template.formatValue(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

function sentence(feature: string, direction: ReasonCode['direction'], template: ReasonTemplate | undefined): string {
  if (direction === 'high' && template?.whenHigh) return template.whenHigh;
  if (direction === 'low' && template?.whenLow) return template.whenLow;
  const name = template?.label ?? feature;
  if (direction === 'high') return `${name} is high`;
  if (direction === 'low') return `${name} is low`;
  return name;
}

export function reasonCodes(options: ReasonCodeOptions): ReasonCode[] {
  const { featureNames, values, contributions, reference, templates = {}, topK = 4, minContribution = 0 } = options;
  const width = featureNames.length;
  if (values.length !== width || contributions.length !== width || (reference && reference.length !== width)) {
    throw new RangeError('featureNames, values, contributions (and reference) must have one entry per feature.');
  }
  const towardBad = options.scoreDirection === 'higher-is-good' ? -1 : 1;
  const candidates = featureNames
    .map((feature, index) => ({ feature, index, push: towardBad * contributions[index] }))
    .filter((candidate) => candidate.push > minContribution)
    // Strongest first; a tie keeps the input order, so the same input always reads the same.
    .sort((a, b) => b.push - a.push || a.index - b.index)
    .slice(0, Math.max(0, topK));

  return candidates.map(({ feature, index, push }, rank) => {
    const value = values[index];
    const direction: ReasonCode['direction'] = !reference
      ? 'unknown'
      : value > reference[index]
        ? 'high'
        : value < reference[index]
          ? 'low'
          : 'unknown';
    const template = templates[feature];
    return {
      rank: rank + 1,
      feature,
      value,
      contribution: push,
      direction,
      text: `${sentence(feature, direction, template)} (${feature} = ${readValue(value, template)})`,
    };
  });
}
