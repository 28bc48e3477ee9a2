import { loadCompareData } from '@atlas/service';
import { ComparePage, DOMAINS } from '@atlas/ui';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const data = await loadCompareData({ domains: DOMAINS.map((d) => ({ id: d.id, name: d.name })) });
  return <ComparePage data={data} current="credit-risk" />;
}
