// A generated intents file for the bring-your-own tests: four support intents and out-of-scope
// requests written from templates with a seeded choice of slots.
import { createRng } from '@atlas/data-pipeline';

const TEMPLATES: Record<string, string[]> = {
  check_order: ['where is my order {n}', 'has order {n} shipped yet', 'track my {thing} order', 'when will my {thing} arrive', 'status of order {n}'],
  refund: ['i want a refund for the {thing}', 'give me my money back for order {n}', 'how do i return the {thing}', 'refund my {thing} please', 'the {thing} is broken, i want a refund'],
  reset_password: ['i forgot my password', 'reset my password please', 'i cannot log in to my account', 'my password does not work on the {thing} app', 'help me change my login password'],
  store_hours: ['when does the {city} store open', 'what time do you close in {city}', 'opening hours of the {city} shop', 'is the {city} store open on sunday', 'store hours {city}'],
  oos: ['who won the {city} marathon', 'write me a poem about a {thing}', 'what is the capital of {city}', 'how tall is the tallest {thing}', 'play a song about {city}'],
};
const SLOTS = { n: ['1042', '77731', '5520', '918'], thing: ['kettle', 'lamp', 'jacket', 'phone case', 'desk'], city: ['leeds', 'porto', 'austin', 'lyon'] };

export function generatedIntents(seed: number, perTemplate = 6): { text: string; intent: string }[] {
  const rng = createRng(String(seed));
  const pick = (xs: string[]) => xs[Math.floor(rng() * xs.length)];
  const rows: { text: string; intent: string }[] = [];
  for (const [intent, templates] of Object.entries(TEMPLATES)) {
    for (const t of templates) {
      for (let k = 0; k < perTemplate; k++) rows.push({ text: t.replace(/\{(\w+)\}/g, (_, s: keyof typeof SLOTS) => pick(SLOTS[s])), intent });
    }
  }
  return rows;
}
