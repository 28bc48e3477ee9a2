// A split records the ids each part holds, so anyone can rebuild it from the same data.

export interface SplitSet {
  /** e.g. "stratified", "upstream", "u1", "per-user-ratio". */
  name: string;
  strategy: 'stratified' | 'upstream' | 'upstream-fold' | 'per-user-ratio' | 'image-stratified';
  seed: string | null;
  /** Requested fractions per part (absent for upstream splits). */
  fractions?: Record<string, number>;
  /** What the split was stratified on, in words. */
  stratifiedBy?: string;
  /** Part name (train, val, test) -> the example ids it holds, in id order. */
  parts: Record<string, string[]>;
  /** FNV-1a fingerprint of all parts, to compare two builds at a glance. */
  fingerprint: string;
  /** True when built from the project's generated sample instead of the real dataset. */
  sample: boolean;
}

export const DEFAULT_SEED = 'atlas-2024';

export const DEFAULT_FRACTIONS: Readonly<Record<string, number>> = { train: 0.7, val: 0.1, test: 0.2 };
