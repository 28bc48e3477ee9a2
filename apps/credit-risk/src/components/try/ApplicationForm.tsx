'use client';
import type { FieldInfo } from '../../domain/fields';

export type FormValues = Record<string, number>;

const GROUPS: { title: string; help?: string; match: (f: FieldInfo) => boolean }[] = [
  { title: 'Applicant', match: (f) => !f.month },
  {
    title: 'Repayment status by month (2005)',
    help: 'No card use, paid in full, revolving credit (only the minimum paid), or how many months the payment was late.',
    match: (f) => f.kind === 'pay-status',
  },
  { title: 'Bill statements (NT$, 2005)', help: 'The amount on each monthly statement; negative for a credit balance.', match: (f) => f.name.startsWith('BILL_AMT') },
  {
    title: 'Payments made (NT$, 2005)',
    help: 'The amount paid in each month; a payment settles the statement of the month before.',
    match: (f) => f.name.startsWith('PAY_AMT'),
  },
];

function FieldInput({ field, value, onChange }: { field: FieldInfo; value: number; onChange: (v: number) => void }) {
  const id = `field-${field.name}`;
  const helpId = `${id}-help`;
  const label = field.month ? field.month : field.label;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {field.protected ? <span className="ml-1 text-xs text-amber-700 dark:text-amber-400">(protected)</span> : null}
      </label>
      {field.codes ? (
        <select
          id={id}
          aria-describedby={helpId}
          value={value}
          onChange={(e) => onChange(Number(e.target.value))}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        >
          {Object.entries(field.codes).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="number"
          aria-describedby={helpId}
          min={field.min}
          max={field.max}
          step={field.kind === 'years' ? 1 : 'any'}
          value={Number.isFinite(value) ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 tabular-nums dark:border-slate-700 dark:bg-slate-900"
        />
      )}
      <p id={helpId} className={field.month ? 'sr-only' : 'text-xs text-slate-500 dark:text-slate-400'}>
        {field.month ? `${field.label}. ` : ''}
        {field.help}
      </p>
    </div>
  );
}

export function ApplicationForm({
  fields,
  values,
  onChange,
  onSubmit,
  busy,
  presets,
  onPreset,
}: {
  fields: readonly FieldInfo[];
  values: FormValues;
  onChange: (name: string, value: number) => void;
  onSubmit: () => void;
  busy: boolean;
  presets: { name: string; label: string }[];
  onPreset: (name: string) => void;
}) {
  return (
    <form
      aria-label="Credit application"
      className="grid gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-500">Start from:</span>
        {presets.map((p) => (
          <button key={p.name} type="button" onClick={() => onPreset(p.name)} className="rounded-full border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            {p.label}
          </button>
        ))}
      </div>
      {GROUPS.map((g) => (
        <fieldset key={g.title} className="grid gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">{g.title}</legend>
          {g.help ? <p className="-mt-2 text-xs text-slate-500 dark:text-slate-400">{g.help}</p> : null}
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {fields.filter(g.match).map((f) => (
              <FieldInput key={f.name} field={f} value={values[f.name]} onChange={(v) => onChange(f.name, v)} />
            ))}
          </div>
        </fieldset>
      ))}
      <div>
        <button type="submit" disabled={busy} className="rounded-lg bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {busy ? 'Scoring…' : 'Score this application'}
        </button>
      </div>
    </form>
  );
}
