import { HeadlineTry } from '../../src/components/headlines/HeadlineTry';
import { percent } from '../../src/components/format';
import { Section } from '../../src/components/Section';
import { HEADLINE_CATEGORIES } from '../../src/domain/headlines';
import { activeHeadlines } from '../../src/server/headlines/service';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const active = await activeHeadlines();
  const m = active?.metrics;
  return (
    <article className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Text classifier: Chinese headlines</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          The seed&apos;s worked example, done right: a classifier that puts a Chinese sentence such as 我喜欢读书 (&quot;I like reading&quot;) into one of Toutiao&apos;s 15
          news categories, trained here from the Toutiao headline dataset. The dataset states no licence, so its headlines are used for training only and never
          shown; this page shows only categories, counts and scores.
        </p>
      </header>
      <Section id="why" title="Why the seed's example could not run as written">
        <ul className="grid max-w-3xl list-disc gap-1 pl-5 text-sm">
          <li>
            A classifier must be trained before it can predict: the example asks a model for the category of one sentence without a labelled dataset, a fitted
            vocabulary or trained weights behind it. Here the model is trained on {m ? m.dataset.rows.train.toLocaleString('en-US') : 'the'} Toutiao headlines
            first, with a fixed seed.
          </li>
          <li>
            Chinese is written without spaces: splitting on whitespace makes a whole sentence one token that no vocabulary contains. Here every Han character
            is a token and neighbouring characters form bigrams (a deterministic stand-in for a word segmenter), the same in the browser and on the server.
          </li>
          <li>
            A label such as 娱乐 (entertainment) only means something within a label set: here it is one of the 15 categories below, each named in Chinese and
            English, and the page shows the probability of every one rather than a bare label.
          </li>
          <li>The model speaks headline style: for an everyday sentence the probabilities spread over several categories, and the table shows that honestly.</li>
        </ul>
      </Section>
      {active && m ? (
        <>
          <Section id="try-zh" title="Classify a sentence">
            <HeadlineTry initial="我喜欢读书" />
          </Section>
          <Section id="quality" title="How good it is">
            <p className="text-sm" data-testid="headline-quality">
              Test accuracy <strong>{percent(m.test.accuracy)}</strong> and macro F1 {m.test.macroF1.toFixed(3)} on {m.dataset.rows.test.toLocaleString('en-US')} test
              headlines (always answering the most common category: {percent(m.majorityBaseline)}). {m.vocabulary.toLocaleString('en-US')} character n-grams,{' '}
              {m.size.parameters.toLocaleString('en-US')} parameters, trained in {m.training.seconds.toFixed(0)} s on {m.training.backend}; {m.latency.p50Ms.toFixed(2)} ms per
              sentence (p50). Run {active.runId}.
            </p>
            <table className="w-full max-w-2xl text-sm">
              <thead>
                <tr className="text-left">
                  <th className="py-1">Category</th>
                  <th>English</th>
                  <th>Precision</th>
                  <th>Recall</th>
                  <th>Test headlines</th>
                </tr>
              </thead>
              <tbody>
                {m.test.perCategory.map((c) => (
                  <tr key={c.code} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-1" lang="zh">
                      {HEADLINE_CATEGORIES[c.code]?.zh ?? c.code}
                    </td>
                    <td>{HEADLINE_CATEGORIES[c.code]?.en ?? c.code}</td>
                    <td className="tabular-nums">{percent(c.precision)}</td>
                    <td className="tabular-nums">{percent(c.recall)}</td>
                    <td className="tabular-nums">{c.support}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </>
      ) : (
        <div role="status" className="rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
          The headline model is not trained yet. Train it with <code className="font-mono">npx nx run nlp-chatbot:train-headlines</code> (about a minute), then
          come back.
        </div>
      )}
      <Section id="categories" title="The 15 categories">
        <ul className="grid grid-cols-2 gap-1 text-sm md:grid-cols-3">
          {Object.entries(HEADLINE_CATEGORIES).map(([code, c]) => (
            <li key={code}>
              <span lang="zh">{c.zh}</span> · {c.en}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
