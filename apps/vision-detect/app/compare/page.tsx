import { COMPARE_DOMAINS, ComparePage } from '@atlas/ui';
import { loadCompareData } from '@atlas/service';
import { overview } from '../../src/domain/overview';

export default async function Page() {
  return <ComparePage data={await loadCompareData({ domains: COMPARE_DOMAINS })} current={overview.domain} />;
}
