import { NoModelNotice as Notice } from '@atlas/ui';

export function NoModelNotice({ error }: { error?: string | null }) {
  return <Notice error={error} what="credit model" command="npx nx run credit-risk:train" />;
}
