import { psiCategorical, psiLevel, psiNumeric } from '../../src/report/psi';
import { histogram, summarizeCategorical, summarizeNumeric, summarizeText } from '../../src/report/summarize';
import { parseNumber } from '../../src/parse/number';
import { parseVocXml } from '../../src/parse/voc';
import { decodeLatin1 } from '../../src/parse/latin1';
import { createRng } from '../../src/split/rng';

describe('report helpers', () => {
  it('PSI is ~0 for the same distribution and large for a shifted one', () => {
    const rng = createRng('psi');
    const a = Array.from({ length: 5000 }, () => rng() * 100);
    const b = Array.from({ length: 5000 }, () => rng() * 100);
    const shifted = a.map((x) => x + 30);
    expect(psiNumeric(a, b)).toBeLessThan(0.02);
    expect(psiLevel(psiNumeric(a, shifted))).toBe('major');
    expect(psiCategorical(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBe(0);
    expect(psiCategorical(['a', 'a', 'a', 'b'], ['b', 'b', 'b', 'c'])).toBeGreaterThan(0.25);
    expect(psiLevel(0.05)).toBe('stable');
    expect(psiLevel(0.2)).toBe('moderate');
  });

  it('summarizes numeric, categorical and text features with histograms', () => {
    const s = summarizeNumeric('x', [1, 2, 3, 4, null, NaN]);
    expect(s).toMatchObject({ type: 'numeric', count: 6, missing: 2, min: 1, max: 4, mean: 2.5, median: 2.5 });
    expect(histogram([0, 1, 2, 3, 10], 2)).toEqual({ edges: [0, 5, 10], counts: [4, 1] });
    expect(histogram([7, 7])).toEqual({ edges: [7, 7], counts: [2] });
    expect(summarizeCategorical('c', ['b', 'a', 'b', null])).toMatchObject({ distinct: 2, missing: 1, top: [{ value: 'b', count: 2 }, { value: 'a', count: 1 }] });
    expect(summarizeText('t', ['ab', '北京', ''], false)).toMatchObject({ distinct: 2, missing: 1, meanLength: 2, displayable: false });
  });
});

describe('small parsers', () => {
  it('parses Excel scientific notation and rejects text', () => {
    expect(parseNumber('5.00E+05')).toBe(500000);
    expect(parseNumber(' -1.5e-3 ')).toBe(-0.0015);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('0x10')).toBeNaN();
    expect(parseNumber('12,5')).toBeNaN();
  });

  it('reads Pascal VOC with one or many objects, and missing fields as NaN', () => {
    const one = parseVocXml('<annotation><filename>a.png</filename><size><width>4</width><height>3</height><depth>3</depth></size><object><name>stop</name><bndbox><xmin>1</xmin><ymin>0</ymin><xmax>3</xmax><ymax>2</ymax></bndbox></object></annotation>');
    expect(one).toMatchObject({ filename: 'a.png', width: 4, height: 3, objects: [{ name: 'stop', bndbox: { xmin: 1, ymin: 0, xmax: 3, ymax: 2 } }] });
    const none = parseVocXml('<annotation><filename>b.png</filename><size><width>4</width></size></annotation>');
    expect(none.objects).toEqual([]);
    expect(none.height).toBeNaN();
    expect(() => parseVocXml('<other/>')).toThrow(/no <annotation> root/);
  });

  it('decodes latin-1 exactly (including the bytes windows-1252 would remap)', () => {
    expect(decodeLatin1(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x80]))).toBe('Caf\u00e9\u0080');
  });
});
