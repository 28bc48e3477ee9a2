import { NoModelNotice as Notice } from '@atlas/ui';

export function NoModelNotice({ error }: { error?: string | null }) {
  return <Notice error={error} what="intent model" command="npx nx run nlp-chatbot:train" />;
}
