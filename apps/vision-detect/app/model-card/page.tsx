import { ModelCardPage } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { modelCardOf } from '../../src/domain/model-card';
import { activeView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { active, error } = await activeView();
  return (
    <ModelCardPage
      subject="detector"
      card={active ? modelCardOf(active.metrics, { id: active.run.id, finishedAt: active.run.finishedAt }) : null}
      banner={active ? { isSample: active.metrics.dataset.source === 'sample', datasetName: active.metrics.dataset.name, command: 'npx nx run vision-detect:train' } : undefined}
      notice={<NoModelNotice error={error} />}
    />
  );
}
