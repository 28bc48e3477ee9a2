import type { DomainId } from './domains';

/** What an app tells a visitor about itself; each app fills one in (src/domain/overview.ts). */
export interface DomainOverview {
  domain: DomainId;
  /** Product name, e.g. "Credit Risk Scorer". */
  product: string;
  tagline: string;
  /** The user problem, in the user's words. */
  problem: string;
  /** Who the product serves. */
  audience: string[];
  /** Every dataset the app trains on, with attribution; the first is the primary one. */
  datasets: DatasetAttribution[];
  /** The model in one paragraph. */
  model: string;
  /** How the source material frames this domain, and the question it raises. */
  framing: string;
  /** What the product must never be used for. */
  outOfScope: string;
  lifecycle: { step: 'Data' | 'Model design' | 'Training' | 'Evaluation' | 'Deployment'; plan: string }[];
}

export interface DatasetAttribution {
  id: string;
  title: string;
  rows: string;
  license: string;
  citation: string;
  homepage: string;
}
