// A model card after Mitchell et al. 2019, "Model Cards for Model Reporting" (FAT* '19): the nine
// sections, as plain data an app fills in from its run and its domain text.

export interface ModelCardMetric {
  name: string;
  value: number | null;
  ci?: { low: number; high: number; level: number } | null;
  description?: string;
}

export interface QuantitativeAnalysis {
  /** e.g. "By sex", "By age band". */
  title: string;
  /** Metric names, the table's columns, in order. */
  metrics: string[];
  groups: { group: string; n?: number; values: Record<string, number | null> }[];
  note?: string;
}

export interface ModelCardData {
  modelDetails: {
    name: string;
    version?: string;
    date?: string;
    type: string;
    developers?: string;
    description?: string;
    license?: string;
    citation?: string;
    contact?: string;
  };
  intendedUse: { primaryUses: string[]; primaryUsers: string[]; outOfScope: string[] };
  factors: { relevant: string[]; evaluation: string[] };
  metrics: { measures: ModelCardMetric[]; decisionThresholds?: string; variationApproaches?: string };
  evaluationData: { datasets: string; motivation?: string; preprocessing?: string };
  trainingData: { description: string };
  quantitativeAnalyses: QuantitativeAnalysis[];
  ethicalConsiderations: string[];
  caveatsAndRecommendations: string[];
}
