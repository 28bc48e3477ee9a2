import { parseTradeoffCard, tradeoffCardSchema } from '../../src/card/card-schema';
import { exampleCard } from './example-card';

describe('the tradeoff card schema', () => {
  it('accepts a complete card and keeps its values', () => {
    const card = parseTradeoffCard(exampleCard({ parameters: 10, bytes: 40 }));
    expect(card.quality.anchor.value).toBe(0.72);
    expect(card.latency.browser).toBeNull();
  });

  it('names each invalid field in its error', () => {
    const card = exampleCard({ parameters: 10, bytes: 40 }) as Record<string, unknown>;
    const broken = {
      ...card,
      humanFallback: '',
      dataset: { ...(card.dataset as object), isSample: 'no' },
      quality: { ...(card.quality as object), ci: { low: 0.9, high: 0.8, level: 0.95, method: 'bootstrap' } },
    };
    expect(() => parseTradeoffCard(broken)).toThrow(/humanFallback/);
    expect(() => parseTradeoffCard(broken)).toThrow(/dataset\.isSample/);
    expect(() => parseTradeoffCard(broken)).toThrow(/quality\.ci.*low must not exceed/);
  });

  it('requires unmeasured latencies to be explicit nulls, and at least one failure mode', () => {
    const card = exampleCard({ parameters: 10, bytes: 40 });
    const withoutBrowser = { ...card, latency: { server: card.latency.server } };
    expect(tradeoffCardSchema.safeParse(withoutBrowser).success).toBe(false);
    expect(tradeoffCardSchema.safeParse({ ...card, failureModes: [] }).success).toBe(false);
    expect(tradeoffCardSchema.safeParse({ ...card, task: { ...card.task, kind: 'clustering' } }).success).toBe(false);
  });
});
