// What the intent trainer trains on, whatever the source (CLINC150, the project's sample, or a
// user's own CSV/JSON): utterances with an intent and a split. Pure types.
export interface IntentExample {
  text: string;
  intent: string;
  split: 'train' | 'val' | 'test';
}

export interface IntentDatasetSummary {
  id: string;
  name: string;
  /** 'real' (through the catalog), 'sample' (the project's generated sample) or 'custom' (--data). */
  source: 'real' | 'sample' | 'custom';
  citation: string;
  license: string;
}

export interface IntentData {
  examples: IntentExample[];
  /** Every label, sorted, including the out-of-scope one when the data has it. */
  labels: string[];
  oosLabel: string | null;
  /** Intent -> domain (CLINC150's ten domains; 'custom' for a user's intents). */
  domainOf: Record<string, string>;
  dataset: IntentDatasetSummary;
}
