// Number formats of the credit pages.
export const percent = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(digits)}%`);
export const ntd = (x: number) => `NT$ ${Math.round(x).toLocaleString('en-US')}`;
export const fixed = (x: number | null | undefined, digits = 3) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
export const integer = (x: number) => Math.round(x).toLocaleString('en-US');
