import { customTable, positiveLabelOf, profileColumn } from '../../src/domain/custom-data';

describe('bring your own CSV: column types and label', () => {
  it('reads numbers with many values as numeric, codes and text as categorical, and drops ids and constants', () => {
    const many = Array.from({ length: 60 }, (_, i) => String(i * 1.5));
    expect(profileColumn('income', many).kind).toBe('numeric');
    expect(profileColumn('region', many.map((_, i) => `R${i % 5}`)).kind).toBe('categorical');
    expect(profileColumn('dependents', many.map((_, i) => String(i % 4))).kind).toBe('categorical');
    expect(profileColumn('customer_id', many).kind).toBe('dropped');
    expect(profileColumn('country', many.map(() => 'TW')).kind).toBe('dropped');
    expect(profileColumn('income', [...many.slice(0, 50), '', 'NA']).missing).toBe(2);
  });

  it('finds which label value means default', () => {
    expect(positiveLabelOf(['no', 'yes', 'no'])).toBe('yes');
    expect(positiveLabelOf(['good', 'bad', 'good'])).toBe('bad');
    expect(positiveLabelOf(['A', 'A', 'B'])).toBe('B'); // the rarer value
    expect(positiveLabelOf(['A', 'A', 'B'], 'A')).toBe('A');
    expect(() => positiveLabelOf(['a', 'b', 'c'])).toThrow(/exactly two values/);
    expect(() => positiveLabelOf(['a', 'b'], 'c')).toThrow(/not a value/);
  });

  it('builds the table: typed rows, 1 = default, protected names flagged', () => {
    const header = ['id', 'income', 'employment', 'age', 'status'];
    const records = Array.from({ length: 30 }, (_, i) => [String(i + 1), String(1000 + i * 37), i % 3 ? 'salaried' : 'self-employed', String(20 + i), i % 4 ? 'paid' : 'defaulted']);
    records.push(['31', '2000', 'salaried', '40']); // wrong number of fields: skipped
    const custom = customTable(header, records, { label: 'status' });
    expect(custom.skippedRows).toBe(1);
    expect(custom.schema.positiveLabel).toBe('defaulted');
    expect(custom.schema.columns.map((c) => [c.name, c.kind])).toEqual([
      ['income', 'numeric'],
      ['employment', 'categorical'],
      ['age', 'numeric'],
    ]);
    expect(custom.schema.columns.find((c) => c.name === 'age')?.protected).toBe(true);
    expect(custom.table.rows[0]).toEqual({ income: 1000, employment: 'self-employed', age: 20 });
    expect(custom.table.labels.filter((y) => y === 1)).toHaveLength(8);
    expect(() => customTable(header, records, { label: 'outcome' })).toThrow(/--label outcome is not a column/);
  });
});
