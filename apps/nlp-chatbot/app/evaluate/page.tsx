import { BarList, MetricWithCi, NoModelPage, PageIntro, PrChart, SampleDataBanner, ThresholdChart } from '@atlas/ui';
import Link from 'next/link';
import { ConfusedPairs } from '../../src/components/evaluate/ConfusedPairs';
import { ExplainBox } from '../../src/components/evaluate/ExplainBox';
import { PublishedTable } from '../../src/components/evaluate/PublishedTable';
import { percent, words } from '../../src/components/format';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { Section } from '../../src/components/Section';
import { ANCHOR, PUBLISHED } from '../../src/domain/card';
import { CONFIGS, type IntentConfigName } from '../../src/domain/configs';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

const RASA = PUBLISHED.find((p) => p.name === 'Rasa');

export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  if (!active) return <NoModelPage title="How good is the model?" notice={<NoModelNotice error={error} />} />;
  const m = active.metrics;
  const t = m.test;
  const ours = (Object.keys(byConfig) as IntentConfigName[]).flatMap((name) => {
    const e = byConfig[name];
    return e ? [{ name: `${CONFIGS[name].title}`, inScope: e.metrics.test.inScopeAccuracy.estimate, oosRecall: e.metrics.test.oosRecall?.estimate ?? null, seconds: e.metrics.training.seconds }] : [];
  });
  const operating = t.oosPr?.points.reduce((best, p) => (Math.abs(p.threshold - (1 - t.threshold)) < Math.abs(best.threshold - (1 - t.threshold)) ? p : best), t.oosPr.points[0]);
  return (
    <article className="grid gap-10">
      <PageIntro title="How good is the model?">
        The active model ({CONFIGS[m.config as IntentConfigName]?.title ?? m.config}, run {active.run.id}) on the {m.dataset.rows.test.toLocaleString('en-US')}{' '}
        messages of the upstream test split, at the out-of-scope threshold {t.threshold.toFixed(2)} chosen on the validation split. Intervals are bootstraps of
        the test messages. The{' '}
        <Link href="/model-card" className="underline">
          model card
        </Link>{' '}
        collects these figures in the standard sections.
      </PageIntro>
      <SampleDataBanner isSample={active.preprocess.isSample} datasetName={m.dataset.name} command="npx nx run nlp-chatbot:train" />
      <Section id="headline" title="Headline figures">
        <div className="grid gap-4 md:grid-cols-2">
          <MetricWithCi label="In-scope accuracy" value={t.inScopeAccuracy.estimate} ci={{ low: t.inScopeAccuracy.lower, high: t.inScopeAccuracy.upper, level: t.inScopeAccuracy.level }} anchor={ANCHOR} />
          {t.oosRecall ? (
            <MetricWithCi
              label="Out-of-scope recall"
              value={t.oosRecall.estimate}
              ci={{ low: t.oosRecall.lower, high: t.oosRecall.upper, level: t.oosRecall.level }}
              anchor={{ name: 'Rasa (Larson et al. 2019)', value: (RASA?.oosRecall ?? 45.3) / 100, source: 'Larson et al. (2019)' }}
            />
          ) : null}
        </div>
        <PublishedTable ours={ours} />
      </Section>
      <Section id="knobs" title="Containment against wrong answers">
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          For each out-of-scope threshold (ambiguity margin {t.margin.toFixed(2)}): the share of test messages the bot answers itself, the share it answers wrongly,
          and the share of out-of-scope messages it sends to a person. The same curve drives the knobs on the Try page.
        </p>
        <ThresholdChart
          points={t.knobCurve.map((o) => ({ threshold: o.threshold, containment: o.containment, wrongAnswer: o.wrongAnswer, oosRecall: o.oosRecall, inScopeAccuracy: o.inScopeAccuracy }))}
          series={[
            { key: 'containment', label: 'Containment' },
            { key: 'wrongAnswer', label: 'Wrong answers' },
            { key: 'oosRecall', label: 'Out-of-scope recall' },
            { key: 'inScopeAccuracy', label: 'In-scope accuracy' },
          ]}
          cursor={t.threshold}
          title="Rates by out-of-scope threshold (test set)"
        />
      </Section>
      {t.oosPr ? (
        <Section id="oos-pr" title="Out-of-scope detection: precision and recall">
          <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
            Scored by how unsure the model is (1 minus the best intent&apos;s probability, or the out-of-scope class when it is higher). Average precision{' '}
            {t.oosPr.averagePrecision.toFixed(3)}; at the chosen threshold, precision {percent(t.oosPrecision)} and recall {percent(t.oosRecall?.estimate)}.
          </p>
          <PrChart
            points={t.oosPr.points.map((p) => ({ recall: p.recall, precision: p.precision }))}
            averagePrecision={t.oosPr.averagePrecision}
            operatingPoint={operating ? { recall: operating.recall, precision: operating.precision, threshold: operating.threshold } : undefined}
          />
        </Section>
      ) : null}
      <Section id="per-domain" title="Accuracy per domain">
        <BarList items={t.perDomain.map((d) => ({ label: words(d.domain), value: d.accuracy, hint: `${d.n} test messages` }))} title="In-scope accuracy by domain (test set)" />
      </Section>
      <Section id="per-intent" title="The weakest intents">
        <table className="w-full max-w-2xl text-sm" data-testid="per-intent">
          <thead>
            <tr className="text-left">
              <th className="py-1">Intent</th>
              <th>Domain</th>
              <th>Accuracy</th>
              <th>Test messages</th>
            </tr>
          </thead>
          <tbody>
            {t.perIntent.slice(0, 15).map((i) => (
              <tr key={i.intent} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{words(i.intent)}</td>
                <td>{words(i.domain)}</td>
                <td className="tabular-nums">{percent(i.accuracy)}</td>
                <td className="tabular-nums">{i.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-slate-500">
          {t.perIntent.filter((i) => i.accuracy === 1).length} of {t.perIntent.length} intents are answered right on every test message.
        </p>
      </Section>
      <Section id="confused" title="Most confused intent pairs">
        <ConfusedPairs pairs={t.confusedPairs} />
      </Section>
      <Section id="failures" title="Confident mistakes">
        <ul className="grid gap-1 text-sm" data-testid="failure-cases">
          {t.failures.map((f) => (
            <li key={f.text}>
              “{f.text}”: answered <strong>{words(f.predicted)}</strong> at {percent(f.confidence)}, actually {words(f.actual)}.
            </li>
          ))}
        </ul>
      </Section>
      <Section id="attributions" title="Why the model picks an intent">
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          Integrated gradients over the n-gram embeddings (from an empty message to this one), shared out to the words each n-gram came from: blue words pushed
          toward the predicted intent, red words away from it.
        </p>
        <ExplainBox initial={t.confusedPairs[0]?.examples[0] ?? 'how do i freeze my bank account'} />
      </Section>
    </article>
  );
}
