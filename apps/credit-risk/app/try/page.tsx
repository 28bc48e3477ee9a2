import { PlannedPage } from '@atlas/ui';
import { overview } from '../../src/domain/overview';

export default function Page() {
  return <PlannedPage page="try" overview={overview} />;
}
