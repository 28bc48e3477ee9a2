import type { ReactNode } from 'react';
import { formatInteger, formatNumber } from '../charts/format';
import type { ModelCardData } from './model-card-types';

const SECTIONS = [
  ['model-details', 'Model details'],
  ['intended-use', 'Intended use'],
  ['factors', 'Factors'],
  ['metrics', 'Metrics'],
  ['evaluation-data', 'Evaluation data'],
  ['training-data', 'Training data'],
  ['quantitative-analyses', 'Quantitative analyses'],
  ['ethical-considerations', 'Ethical considerations'],
  ['caveats', 'Caveats and recommendations'],
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`mc-${id}`} className="grid gap-2">
      <h2 id={`mc-${id}`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      <div className="grid gap-2 text-sm text-slate-800 dark:text-slate-200">{children}</div>
    </section>
  );
}

function List({ items, empty = 'None stated.' }: { items: string[]; empty?: string }) {
  if (items.length === 0) return <p className="text-slate-500">{empty}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

function Field({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return (
    <p>
      <span className="font-medium">{label}:</span> {value}
    </p>
  );
}

/** The model card of a run, in the nine sections of Mitchell et al. (2019). */
export function ModelCardView({ card }: { card: ModelCardData }) {
  const d = card.modelDetails;
  return (
    <article className="grid gap-8" aria-label={`Model card: ${d.name}`}>
      <nav aria-label="Model card sections">
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#mc-${id}`} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="model-details" title="Model details">
        <p className="font-medium">{d.name}</p>
        {d.description ? <p>{d.description}</p> : null}
        <Field label="Type" value={d.type} />
        <Field label="Version" value={d.version} />
        <Field label="Date" value={d.date} />
        <Field label="Developed by" value={d.developers} />
        <Field label="License" value={d.license} />
        <Field label="Cite as" value={d.citation} />
        <Field label="Questions" value={d.contact} />
      </Section>

      <Section id="intended-use" title="Intended use">
        <h3 className="font-medium">Primary uses</h3>
        <List items={card.intendedUse.primaryUses} />
        <h3 className="font-medium">Primary users</h3>
        <List items={card.intendedUse.primaryUsers} />
        <h3 className="font-medium">Out of scope</h3>
        <List items={card.intendedUse.outOfScope} />
      </Section>

      <Section id="factors" title="Factors">
        <h3 className="font-medium">Relevant factors</h3>
        <List items={card.factors.relevant} />
        <h3 className="font-medium">Evaluation factors</h3>
        <List items={card.factors.evaluation} />
      </Section>

      <Section id="metrics" title="Metrics">
        <table className="w-full max-w-2xl border-collapse text-left">
          <caption className="sr-only">Model performance measures</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 pr-4">Measure</th>
              <th scope="col" className="py-1 pr-4">Value</th>
              <th scope="col" className="py-1">Interval</th>
            </tr>
          </thead>
          <tbody>
            {card.metrics.measures.map((m) => (
              <tr key={m.name} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {m.name}
                  {m.description ? <span className="block text-xs text-slate-500">{m.description}</span> : null}
                </th>
                <td className="py-1 pr-4 tabular-nums">{formatNumber(m.value)}</td>
                <td className="py-1 tabular-nums">{m.ci ? `${Math.round(m.ci.level * 100)}% ${formatNumber(m.ci.low)} – ${formatNumber(m.ci.high)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Field label="Decision thresholds" value={card.metrics.decisionThresholds} />
        <Field label="How variation was measured" value={card.metrics.variationApproaches} />
      </Section>

      <Section id="evaluation-data" title="Evaluation data">
        <p>{card.evaluationData.datasets}</p>
        <Field label="Why this data" value={card.evaluationData.motivation} />
        <Field label="Preprocessing" value={card.evaluationData.preprocessing} />
      </Section>

      <Section id="training-data" title="Training data">
        <p>{card.trainingData.description}</p>
      </Section>

      <Section id="quantitative-analyses" title="Quantitative analyses">
        {card.quantitativeAnalyses.length === 0 ? <p className="text-slate-500">No analysis by group was made.</p> : null}
        {card.quantitativeAnalyses.map((a) => (
          <div key={a.title} className="overflow-x-auto">
            <table className="w-full max-w-3xl border-collapse text-left">
              <caption className="mb-1 text-left font-medium">{a.title}</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-4">Group</th>
                  <th scope="col" className="py-1 pr-4">n</th>
                  {a.metrics.map((m) => (
                    <th key={m} scope="col" className="py-1 pr-4">
                      {m}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {a.groups.map((g) => (
                  <tr key={g.group} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-4 font-normal">
                      {g.group}
                    </th>
                    <td className="py-1 pr-4 tabular-nums">{formatInteger(g.n)}</td>
                    {a.metrics.map((m) => (
                      <td key={m} className="py-1 pr-4 tabular-nums">
                        {formatNumber(g.values[m])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {a.note ? <p className="mt-1 text-xs text-slate-500">{a.note}</p> : null}
          </div>
        ))}
      </Section>

      <Section id="ethical-considerations" title="Ethical considerations">
        <List items={card.ethicalConsiderations} />
      </Section>

      <Section id="caveats" title="Caveats and recommendations">
        <List items={card.caveatsAndRecommendations} />
      </Section>
    </article>
  );
}
