import { ModelCardPage } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { modelCardOf } from '../../src/domain/model-card';
import { activeView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { active, error } = await activeView();
  return (
    <ModelCardPage
      subject="model"
      card={active ? modelCardOf(active.metrics, { id: active.run.id, finishedAt: active.run.finishedAt }) : null}
      banner={active ? { isSample: active.preprocess.isSample, datasetName: active.metrics.dataset.name, command: 'npx nx run nlp-chatbot:train' } : undefined}
      notice={<NoModelNotice error={error} />}
    />
  );
}
