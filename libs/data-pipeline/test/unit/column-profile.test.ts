import { isMissingCell, missingMarkers, positiveLabelOf, profileColumn } from '../../src';

describe('column profiling of a user CSV', () => {
  it('treats the default markers and the user’s own as missing', () => {
    expect(['', ' NA ', 'n/a', '?', 'null'].every((c) => isMissingCell(c))).toBe(true);
    expect(isMissingCell('-99')).toBe(false);
    expect(isMissingCell(' -99 ', missingMarkers(['-99']))).toBe(true);
    expect(isMissingCell('NR', missingMarkers(['nr']))).toBe(true);
  });

  it('tells numbers, codes, identifiers and constants apart and counts the missing cells', () => {
    const numbers = Array.from({ length: 40 }, (_, i) => String(i * 1.5));
    expect(profileColumn('glucose', [...numbers, '?', '?'])).toEqual({ name: 'glucose', kind: 'numeric', reason: 'numbers, 40 distinct values', distinct: 40, missing: 2 });
    expect(profileColumn('stage', ['1', '2', '3', '2', '-99'], { markers: missingMarkers(['-99']) })).toMatchObject({ kind: 'categorical', reason: '3 numeric codes', missing: 1 });
    expect(profileColumn('patient_id', ['a1', 'a2', 'a3'])).toMatchObject({ kind: 'dropped', reason: 'an identifier' });
    expect(profileColumn('site', ['x', 'x', '?'])).toMatchObject({ kind: 'dropped', reason: 'a single value', missing: 1 });
    expect(profileColumn('level', ['1', '2', '3', '4'], { maxCodes: 3 })).toMatchObject({ kind: 'numeric' });
  });

  it('picks the positive label: asked for, a known word, else the rarer value', () => {
    expect(positiveLabelOf(['M', 'B', 'B'], { requested: 'B' })).toBe('B');
    expect(() => positiveLabelOf(['M', 'B'], { requested: 'X' })).toThrow(/not a value of the label column/);
    expect(positiveLabelOf(['no', 'yes', 'no'])).toBe('yes');
    expect(positiveLabelOf(['B', 'M', 'B'], { positiveWords: ['m', 'malignant'] })).toBe('M');
    expect(positiveLabelOf(['a', 'b', 'b'])).toBe('a');
    expect(() => positiveLabelOf(['a', 'b', 'c'])).toThrow(/exactly two values; found 3/);
  });
});
