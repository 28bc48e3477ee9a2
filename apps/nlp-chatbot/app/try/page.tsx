import { SampleDataBanner } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { ChatPanel } from '../../src/components/try/ChatPanel';
import { activeView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { active, error } = await activeView();
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Chat with the support assistant</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          Each reply shows the intent the model detected, its confidence and the next two candidates. When the two best intents are close the assistant asks which
          one you meant; when the message is out of scope, or very negative, it offers a person instead of guessing, and the handoff is recorded as a ticket.
          Move the knobs to see how many messages the bot would answer and how many of those answers would be wrong.
        </p>
      </header>
      {active ? (
        <>
          <SampleDataBanner isSample={active.preprocess.isSample} datasetName={active.metrics.dataset.name} command="npx nx run nlp-chatbot:train" />
          <ChatPanel runId={active.run.id} cases={active.metrics.test.cases} chosen={active.preprocess.knobs} custom={active.preprocess.custom} serverP50Ms={active.metrics.latency.server.p50Ms} />
          <p className="text-sm text-slate-500">
            Model: {active.run.config} (run {active.run.id}), {active.metrics.dataset.intents} intents.
          </p>
        </>
      ) : (
        <NoModelNotice error={error} />
      )}
    </article>
  );
}
