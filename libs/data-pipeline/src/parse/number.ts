// Numbers as written in CSV exports: plain decimals and Excel's scientific notation ("5.00E+05").

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Captured once: global lookups are slow inside sandboxes such as Jest's vm contexts.
const toNumber = Number;
const NOT_A_NUMBER = NaN;

/** The number in a cell: null for an empty cell, NaN for text that is not a decimal number. */
export function parseNumber(text: string | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  const t = text.trim();
  if (t === '') return null;
  if (!DECIMAL.test(t)) return NOT_A_NUMBER;
  return toNumber(t);
}
