import { ModelCardPage } from '@atlas/ui';
import { loadModelCard } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { card, isSample, error } = await loadModelCard();
  return (
    <ModelCardPage
      subject="recommender"
      card={card}
      banner={{ isSample, datasetName: 'MovieLens 100K', command: 'npx nx run recommender:train' }}
      notice={error ? <p role="alert">{error}</p> : <p role="status">No trained model yet: run npx nx run recommender:train</p>}
    />
  );
}
