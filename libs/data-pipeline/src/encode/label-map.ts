// Label <-> index maps, fitted on the training labels (sorted, so the order never depends on the data order).
import { compareIds } from '../split/ids';

export interface LabelMapState {
  kind: 'label-map';
  labels: string[];
}

export function fitLabelMap(labels: Iterable<string | number>): LabelMapState {
  return { kind: 'label-map', labels: [...new Set(Array.from(labels, String))].sort(compareIds) };
}

/** Index of a label; throws on a label unseen in training (unless a fallback label is given). */
export function encodeLabel(state: LabelMapState, label: string | number, fallback?: string): number {
  let i = state.labels.indexOf(String(label));
  if (i === -1 && fallback !== undefined) i = state.labels.indexOf(fallback);
  if (i === -1) throw new Error(`Unknown label "${label}" (the label map knows ${state.labels.length} labels).`);
  return i;
}

export function decodeLabel(state: LabelMapState, index: number): string {
  const label = state.labels[index];
  if (label === undefined) throw new Error(`Label index ${index} is out of range 0..${state.labels.length - 1}.`);
  return label;
}
