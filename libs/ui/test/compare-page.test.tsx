import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ComparePage, compareRows, normalizedAxes, sortCompareRows, toCompareCsv, type CompareData, type CompareDomainEntry } from '../src';
import { makeCard } from './fixtures/cards';

function domain(id: string, name: string, card: ReturnType<typeof makeCard> | null, extra: Partial<CompareDomainEntry> = {}): CompareDomainEntry {
  const run = card ? { runId: `${id}-run`, config: 'default', modelKind: 'mlp', active: true, finishedAt: '2026-11-28T10:00:00.000Z', card, cardError: null } : null;
  return { id, name, app: id, command: `npx nx run ${id}:train`, active: run, runs: run ? [run] : [], missing: card ? null : 'No model has been trained for this domain yet.', error: null, ...extra };
}

const credit = makeCard();
const base = makeCard();
const chat = makeCard({
  task: { domain: 'chat', name: 'Intent detection', kind: 'multiclass-classification' },
  quality: { ...base.quality, metric: 'accuracy', value: 0.9, anchor: { name: 'fastText', value: 0.8, source: 'paper' }, ci: null },
  latency: { server: { p50Ms: 2, p95Ms: 5, backend: 'wasm', batchSize: 1, runs: 100 }, browser: { p50Ms: 3, p95Ms: 8, backend: 'webgl', batchSize: 1, runs: 50 } },
  size: { parameters: 500000, bytes: 2_000_000 },
  training: { seconds: 300, backend: 'wasm', seed: 1 },
});

const data: CompareData = {
  generatedAt: '2026-11-28T12:00:00.000Z',
  domains: [
    domain('nlp-chatbot', 'Support Assistant', chat),
    domain('vision-detect', 'Road-Sign Detector', null),
    domain('recommender', 'Movie Recommender', null, { missing: 'No active model: the last run (default) failed: out of memory.' }),
    domain('credit-risk', 'Credit Risk Scorer', credit),
    domain('med-diagnosis', 'Clinical Risk Assistant', null),
  ],
};

describe('ComparePage', () => {
  it('lays out the active cards side by side and, for a domain without a model, what is missing and the command that fixes it', () => {
    render(<ComparePage data={data} current="credit-risk" chartWidth={400} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Compare the five products' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Tradeoff card: Intent detection' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Tradeoff card: Probability of default' })).toHaveTextContent('Credit Risk Scorer · this app');

    const vision = screen.getByRole('article', { name: 'Road-Sign Detector: no model to compare' });
    expect(vision).toHaveTextContent('No model has been trained for this domain yet.');
    expect(within(vision).getByText('npx nx run vision-detect:train')).toBeInTheDocument();
    const rec = screen.getByRole('article', { name: 'Movie Recommender: no model to compare' });
    expect(rec).toHaveTextContent('the last run (default) failed: out of memory');
    expect(within(rec).getByText('npx nx run recommender:train')).toBeInTheDocument();
    expect(screen.getByText('3 of 5 domains have no model to compare yet; their cards say how to train one.')).toBeInTheDocument();
  });

  it('draws both scatter plots with one point per run and the active runs large', () => {
    const { container } = render(<ComparePage data={data} chartWidth={400} />);
    expect(screen.getByText('Quality against server latency')).toBeInTheDocument();
    expect(screen.getByText('Model size against training time')).toBeInTheDocument();
    const dots = [...container.querySelectorAll('.recharts-scatter-symbol circle')];
    // Two domains with a run each, in each of the two scatter plots.
    expect(dots).toHaveLength(4);
    expect(dots.every((d) => d.getAttribute('r') === '8')).toBe(true);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('filters domains and sorts the at-a-glance table', () => {
    render(<ComparePage data={data} chartWidth={400} />);
    const glance = () =>
      within(screen.getByRole('table', { name: /active model of each domain/ }))
        .getAllByRole('rowheader')
        .map((h) => h.firstChild?.textContent);
    expect(glance()).toEqual(['Support Assistant', 'Road-Sign Detector', 'Movie Recommender', 'Credit Risk Scorer', 'Clinical Risk Assistant']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'latency' } });
    expect(glance().slice(0, 2)).toEqual(['Credit Risk Scorer', 'Support Assistant']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Road-Sign Detector' }));
    expect(glance()).not.toContain('Road-Sign Detector');
    expect(screen.queryByRole('article', { name: /Road-Sign Detector/ })).not.toBeInTheDocument();
  });
});

describe('compare rows, sorting, CSV and normalised axes', () => {
  const rows = compareRows(data);

  it('flattens each active card, with the quality gain relative to the anchor', () => {
    const chatRow = rows[0];
    expect(chatRow).toMatchObject({ id: 'nlp-chatbot', hasModel: true, metric: 'accuracy', serverP50Ms: 2, bytes: 2_000_000 });
    expect(chatRow.gainVsAnchor).toBeCloseTo(0.125, 10);
    expect(rows[1]).toMatchObject({ hasModel: false, value: null, command: 'npx nx run vision-detect:train' });
  });

  it('sorts by quality gain with domains without a model last', () => {
    expect(sortCompareRows(rows, 'gain').map((r) => r.id)).toEqual(['nlp-chatbot', 'credit-risk', 'vision-detect', 'recommender', 'med-diagnosis']);
    expect(sortCompareRows(rows, 'size').map((r) => r.id).slice(0, 2)).toEqual(['credit-risk', 'nlp-chatbot']);
  });

  it('exports RFC 4180 CSV with quoted fields and empty cells for missing values', () => {
    const csv = toCompareCsv(rows);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'name', 'hasModel']);
    expect(lines[4]).toContain(',Applicants with no payment history; Very high credit limits,');
    expect(lines[2]).toMatch(/^vision-detect,Road-Sign Detector,false,,,/);
    expect(toCompareCsv([{ ...rows[0], name: 'say "hi", ok' }]).split('\r\n')[1]).toContain('"say ""hi"", ok"');
  });

  it('scales each axis across domains to [0, 1] with 1 the best', () => {
    const axes = normalizedAxes(rows.filter((r) => r.hasModel));
    const speed = axes.find((a) => a.axis === 'Server speed');
    expect(speed).toEqual({ axis: 'Server speed', 'Support Assistant': 0, 'Credit Risk Scorer': 1 });
    const quality = axes.find((a) => a.axis === 'Quality vs anchor');
    expect(quality?.['Support Assistant']).toBe(1);
  });
});
