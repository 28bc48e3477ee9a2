// A generated stand-in for CLINC150's data_full.json and domains.json: a few intents in three domains
// plus out-of-scope queries, written from templates by the project. It holds a cross-split duplicate,
// a punctuation variant and two utterances with contact details, so dedupe and PII detection have
// work to do. Browser-safe.
import { sampleRandom } from './random';

const INTENTS: Record<string, Record<string, readonly string[]>> = {
  banking: {
    balance: ['what is my {acct} balance', 'how much money is in my {acct} account', 'tell me the balance of {acct}', 'check my {acct} funds'],
    transfer: ['move {amt} from {acct} to savings', 'send {amt} to my {acct} account', 'transfer {amt} please', 'i need to wire {amt} to {acct}'],
    freeze_account: ['lock my {acct} card', 'freeze the {acct} account now', 'please block my {acct} card', 'i lost my {acct} card, freeze it'],
  },
  travel: {
    book_flight: ['book a flight to {city}', 'find me a plane ticket to {city} on {day}', 'i want to fly to {city}', 'get a seat on a flight to {city} {day}'],
    weather: ['what is the weather in {city}', 'will it rain in {city} on {day}', 'is it cold in {city}', 'forecast for {city} {day}'],
    exchange_rate: ['how many {cur} is {amt} worth', 'convert {amt} to {cur}', 'what is the rate for {cur} today', 'exchange rate of {cur}'],
  },
  home: {
    lights: ['turn off the lights in the {room}', 'dim the {room} lights', 'switch on the {room} lamp', 'lights on in the {room}'],
    thermostat: ['set the {room} to {temp} degrees', 'make the {room} warmer', 'lower the heat in the {room}', 'what is the {room} temperature'],
    shopping_list: ['add {item} to my shopping list', 'put {item} on the list', 'do i have {item} on my list', 'remove {item} from the shopping list'],
  },
};

const SLOTS: Record<string, readonly string[]> = {
  acct: ['checking', 'savings', 'joint', 'business', 'travel'],
  amt: ['20 dollars', '$150', 'fifty euros', '300 pounds', 'a hundred bucks'],
  city: ['lisbon', 'osaka', 'denver', 'nairobi', 'quito', 'oslo'],
  day: ['monday', 'tomorrow', 'next friday', 'the weekend'],
  cur: ['yen', 'euros', 'pesos', 'rupees', 'francs'],
  room: ['kitchen', 'bedroom', 'hallway', 'office', 'attic'],
  temp: ['19', '21', '23', '68'],
  item: ['apples', 'rice', 'coffee filters', 'batteries', 'oat milk'],
};

const PREFIXES = ['', '', 'please ', 'can you ', 'hey ', 'i want to know '];
const SUFFIXES = ['', '', ' please', ' right now', ' for me', ' thanks'];

const OOS = [
  'who painted the {thing}',
  'how tall is the {thing}',
  'tell me a fact about the {thing}',
  'when was the {thing} built',
  'why is the {thing} famous',
];
const THINGS = ['eiffel tower', 'golden gate bridge', 'great wall', 'sydney opera house', 'colosseum', 'taj mahal', 'big ben'];

function fill(template: string, r: ReturnType<typeof sampleRandom>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'thing' ? r.pick(THINGS) : r.pick(SLOTS[slot] ?? ['?'])));
}

export interface ClincSampleFiles {
  dataFull: string;
  domains: string;
}

export function generateClincSample(options: { seed?: string; perIntent?: { train: number; val: number; test: number } } = {}): ClincSampleFiles {
  const r = sampleRandom(`clinc-sample:${options.seed ?? 'atlas'}`);
  const per = options.perIntent ?? { train: 20, val: 5, test: 8 };
  const data: Record<string, Array<[string, string]>> = { train: [], val: [], test: [], oos_train: [], oos_val: [], oos_test: [] };
  const used = new Set<string>();
  // A fresh utterance (templates repeat; a few tries find an unused combination).
  const make = (templates: readonly string[]) => `${r.pick(PREFIXES)}${fill(r.pick(templates), r)}${r.pick(SUFFIXES)}`;
  const fresh = (templates: readonly string[]) => {
    let text = make(templates);
    for (let tries = 0; used.has(text) && tries < 50; tries++) text = make(templates);
    used.add(text);
    return text;
  };
  for (const intents of Object.values(INTENTS)) {
    for (const [intent, templates] of Object.entries(intents)) {
      for (const split of ['train', 'val', 'test'] as const) {
        for (let i = 0; i < per[split]; i++) data[split].push([fresh(templates), intent]);
      }
    }
  }
  for (const [split, n] of [['oos_train', 5], ['oos_val', 5], ['oos_test', 15]] as const) {
    for (let i = 0; i < n; i++) data[split].push([fresh(OOS), 'oos']);
  }
  // Work for dedupe and PII detection.
  data.test.push([data.train[0][0], data.train[0][1]]);
  data.val.push([`${data.train[1][0]}?`, data.train[1][1]]);
  data.train.push(['send my balance to jane.doe@example.com', 'balance']);
  data.test.push(['call me at +1 415 555 0100 about the transfer', 'transfer']);
  const domains = Object.fromEntries(Object.entries(INTENTS).map(([d, intents]) => [d, Object.keys(intents)]));
  return { dataFull: JSON.stringify(data, null, 1), domains: JSON.stringify(domains, null, 1) };
}
