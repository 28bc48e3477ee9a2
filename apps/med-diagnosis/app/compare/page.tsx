import { COMPARE_DOMAINS, ComparePage } from '@atlas/ui';
import { loadCompareData } from '@atlas/service';
import { ResearchBanner } from '../../src/components/PageHeader';
import { overview } from '../../src/domain/overview';

export default async function Page() {
  return (
    <>
      <ResearchBanner />
      <ComparePage data={await loadCompareData({ domains: COMPARE_DOMAINS })} current={overview.domain} />
    </>
  );
}
