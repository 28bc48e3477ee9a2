import type { ReactNode } from 'react';
import { formatBytes, formatInteger, formatMs, formatNumber, formatSeconds } from '../charts/format';
import { MetricWithCi } from './MetricWithCi';
import type { LatencyData, TradeoffCardData } from './tradeoff-types';

export interface TradeoffCardProps {
  card: TradeoffCardData;
  /** Heading level of the card title (the page decides the outline). Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** Shown next to the title, e.g. the run id or "active". */
  badge?: ReactNode;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[9rem_1fr] sm:gap-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-sm text-slate-800 dark:text-slate-200">{children}</dd>
    </div>
  );
}

function latencyText(l: LatencyData | null): string {
  if (!l) return 'not measured';
  return `p50 ${formatMs(l.p50Ms)} · p95 ${formatMs(l.p95Ms)}${l.p99Ms !== undefined ? ` · p99 ${formatMs(l.p99Ms)}` : ''} (${l.backend}, batch ${l.batchSize}, ${l.runs} runs)`;
}

const SENSITIVITY: Record<TradeoffCardData['privacy']['sensitivity'], string> = {
  public: 'public data',
  personal: 'personal data',
  sensitive: 'sensitive personal data',
};

/** One model's tradeoffs (ARCHITECTURE.md "The tradeoff card"): quality, speed, size, cost, privacy, failure. */
export function TradeoffCard({ card, headingLevel = 3, badge }: TradeoffCardProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const rows = card.dataset.rows;
  const dp = card.privacy.differentialPrivacy;
  return (
    <article className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900" aria-label={`Tradeoff card: ${card.task.name}`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading className="text-lg font-semibold tracking-tight">{card.task.name}</Heading>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {card.task.domain} · {card.task.kind.replace(/-/g, ' ')}
          </p>
          {card.task.description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{card.task.description}</p> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {card.dataset.isSample ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">sample data</span>
          ) : null}
          {badge}
        </div>
      </header>

      <div className="grid gap-1">
        <MetricWithCi
          label={card.quality.metric}
          value={card.quality.value}
          ci={card.quality.ci}
          anchor={card.quality.anchor}
          higherIsBetter={card.quality.higherIsBetter}
        />
        <p className="text-xs text-slate-500">
          Measured on the {card.quality.split} split; anchor from {card.quality.anchor.source}.
        </p>
      </div>

      <dl className="grid gap-2">
        <Row label="Data">
          {card.dataset.name}: {formatInteger(rows.train)} train{rows.validation !== undefined ? ` · ${formatInteger(rows.validation)} validation` : ''} ·{' '}
          {formatInteger(rows.test)} test. {card.dataset.license}. <span className="text-slate-500">{card.dataset.source}</span>
        </Row>
        <Row label="Server latency">{latencyText(card.latency.server)}</Row>
        <Row label="Browser latency">{latencyText(card.latency.browser)}</Row>
        <Row label="Size">
          {formatInteger(card.size.parameters)} parameters · {formatBytes(card.size.bytes)}
        </Row>
        <Row label="Training">
          {formatSeconds(card.training.seconds)} on {card.training.backend}
          {card.training.epochs !== undefined ? ` · ${card.training.epochs} epochs` : ''}
          {card.training.samplesPerSecond !== undefined ? ` · ${formatInteger(card.training.samplesPerSecond)} samples/s` : ''} · seed {card.training.seed}
        </Row>
        <Row label="Privacy">
          {SENSITIVITY[card.privacy.sensitivity]}; measures: {card.privacy.measures.join(', ') || 'none'}
          {dp ? ` · differential privacy ε = ${formatNumber(dp.epsilon, 2)}, δ = ${dp.delta.toExponential(0)} (${dp.accountant})` : ''}
        </Row>
        <Row label="Explanation">
          {card.explanation.method}
          {card.explanation.description ? <span className="block text-slate-500">{card.explanation.description}</span> : null}
        </Row>
        <Row label="Fails when">
          <ul className="list-disc space-y-0.5 pl-4">
            {card.failureModes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Row>
        <Row label="Human fallback">{card.humanFallback}</Row>
      </dl>
    </article>
  );
}
