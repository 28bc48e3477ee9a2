// The layout the domain apps' pages share (server components: no state, no hooks). Each app's page
// reads its data and passes what is its own (texts, tables, charts); the structure lives here once.
import type { ReactNode } from 'react';
import { ModelCardView } from '../cards/ModelCardView';
import type { ModelCardData } from '../cards/model-card-types';
import { SampleDataBanner, type SampleDataBannerProps } from '../cards/SampleDataBanner';
import { TradeoffCard } from '../cards/TradeoffCard';
import type { TradeoffCardData } from '../cards/tradeoff-types';
import { LossChart, type LossPoint } from '../charts/LossChart';
import { RunsTable, type RunRow } from '../training/RunsTable';
import { TrainPanel, type TrainConfigOption } from '../training/TrainPanel';

/** A titled page section, its heading the section's accessible name (`tight`: the heading's letter spacing, on by default). */
export function PageSection({ id, title, tight = true, children }: { id: string; title: ReactNode; tight?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className={tight ? 'text-xl font-semibold tracking-tight' : 'text-xl font-semibold'}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A page's title and the paragraph that says what the page shows. */
export function PageIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <header className="grid gap-2">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-300">{children}</p>
    </header>
  );
}

/** A page that needs the active model when there is none: its title and the notice that says why. */
export function NoModelPage({ title, notice }: { title: string; notice: ReactNode }) {
  return (
    <article className="grid gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      {notice}
    </article>
  );
}

export interface ModelCardPageProps {
  /** What is described, e.g. "model" or "detector". */
  subject: string;
  /** The active model's card, or null with `notice` shown instead. */
  card: ModelCardData | null;
  banner?: SampleDataBannerProps;
  notice: ReactNode;
}

/** The model card page: the active model in the sections of Mitchell et al. (2019). */
export function ModelCardPage({ subject, card, banner, notice }: ModelCardPageProps) {
  return (
    <article className="grid gap-6">
      <PageIntro title="Model card">
        The active {subject} described in the sections of Mitchell et al. (2019), &quot;Model Cards for Model Reporting&quot;, written from its training run.
      </PageIntro>
      {card ? (
        <>
          {banner ? <SampleDataBanner {...banner} /> : null}
          <ModelCardView card={card} />
        </>
      ) : (
        notice
      )}
    </article>
  );
}

/** The overview's section with the active model's tradeoff card; `children` links onwards. */
export function ActiveTradeoffSection({ card, banner, children }: { card: TradeoffCardData; banner?: SampleDataBannerProps; children?: ReactNode }) {
  return (
    <section aria-labelledby="tradeoff-card" className="grid gap-3">
      <h2 id="tradeoff-card" className="text-xl font-semibold tracking-tight">
        Tradeoff card of the active model
      </h2>
      {banner ? <SampleDataBanner {...banner} /> : null}
      <TradeoffCard card={card} headingLevel={3} />
      {children}
    </section>
  );
}

export interface TrainComparePageProps {
  /** The paragraph under the title: what a run does and how to start one. */
  intro: ReactNode;
  /** Set when the registry could not be read. */
  error: string | null;
  banner?: SampleDataBannerProps;
  /** E.g. "The three configurations". */
  configsTitle: string;
  /** The app's table of the latest run of each configuration, and the note under it. */
  comparison: ReactNode;
  comparisonNote: ReactNode;
  /** The app's trainer: its configurations (offered in the start form) and the default one. */
  trainer: { configs: Record<string, { label?: string; description: string }>; defaultConfig: string };
  lossTitle: string;
  /** The active model's loss per epoch; the chart is left out when empty. */
  lossCurve: LossPoint[];
  runs: RunRow[];
}

function trainConfigOptions(configs: TrainComparePageProps['trainer']['configs']): TrainConfigOption[] {
  return Object.entries(configs).map(([name, c]) => ({ name, label: c.label, description: c.description }));
}

/** The Train page: the configurations compared, the form that starts a run, the active model's loss and every run. */
export function TrainComparePage(p: TrainComparePageProps) {
  return (
    <article className="grid gap-8">
      <PageIntro title="Train and compare">{p.intro}</PageIntro>
      {p.error ? (
        <p role="alert" className="text-red-700">
          The registry is unavailable: {p.error}
        </p>
      ) : null}
      {p.banner ? <SampleDataBanner {...p.banner} /> : null}
      <PageSection id="compare-configs" title={p.configsTitle} tight={false}>
        {p.comparison}
        <p className="text-sm text-slate-500">{p.comparisonNote}</p>
      </PageSection>
      <PageSection id="start-run" title="Start a run" tight={false}>
        <TrainPanel configs={trainConfigOptions(p.trainer.configs)} defaultConfig={p.trainer.defaultConfig} />
      </PageSection>
      {p.lossCurve.length ? (
        <PageSection id="active-loss" title={p.lossTitle} tight={false}>
          <LossChart epochs={p.lossCurve} />
        </PageSection>
      ) : null}
      <PageSection id="all-runs" title="Runs" tight={false}>
        <RunsTable runs={p.runs} />
      </PageSection>
    </article>
  );
}
