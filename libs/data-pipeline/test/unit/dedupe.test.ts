import { dedupe } from '../../src/dedupe/dedupe';
import { normalizeText } from '../../src/text/normalize';

const examples = [
  { id: 't1', text: 'hey whats up', label: 'greet', split: 'test' },
  { id: 'a1', text: "hey what's up", label: 'greet', split: 'train' },
  { id: 'a2', text: 'book a flight', label: 'book', split: 'train' },
  { id: 'a3', text: 'book a flight', label: 'book', split: 'train' },
  { id: 'v1', text: 'Book a flight!', label: 'travel', split: 'val' },
  { id: 't2', text: 'new one', label: 'x', split: 'test' },
];

describe('dedupe', () => {
  it('removes duplicates from the evaluation side and reports leakage, splits and label conflicts', () => {
    const result = dedupe(examples, {
      id: (e) => e.id,
      exactKey: (e) => e.text,
      normalizedKey: (e) => normalizeText(e.text),
      label: (e) => e.label,
      split: (e) => e.split,
    });
    expect(result.kept.map((e) => e.id)).toEqual(['a1', 'a2', 't2']);
    expect(result.removed).toEqual([
      { id: 'a3', duplicateOf: 'a2', kind: 'exact', split: 'train', keptSplit: 'train', leakage: false, labelConflict: false },
      { id: 'v1', duplicateOf: 'a2', kind: 'normalized', split: 'val', keptSplit: 'train', leakage: true, labelConflict: true },
      { id: 't1', duplicateOf: 'a1', kind: 'normalized', split: 'test', keptSplit: 'train', leakage: true, labelConflict: false },
    ]);
    expect(result.stats).toEqual([
      { kind: 'exact', removed: 1, bySplit: { train: 1 }, leakage: {}, labelConflicts: 0 },
      { kind: 'normalized', removed: 2, bySplit: { val: 1, test: 1 }, leakage: { 'train->val': 1, 'train->test': 1 }, labelConflicts: 1 },
    ]);
  });
});
