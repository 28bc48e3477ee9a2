import { NoModelNotice as Notice } from '@atlas/ui';

export function NoModelNotice({ error }: { error?: string | null }) {
  return <Notice error={error} what="road-sign detector" command="npx nx run vision-detect:train" />;
}
