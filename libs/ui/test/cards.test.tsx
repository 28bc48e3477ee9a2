import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { MetricWithCi, ModelCardView, SampleDataBanner, TradeoffCard, type ModelCardData } from '../src';
import { makeCard } from './fixtures/cards';

describe('TradeoffCard', () => {
  it('shows every part of the card: quality against its anchor, latency, size, cost, privacy, failure, fallback', () => {
    render(<TradeoffCard card={makeCard()} />);
    const card = screen.getByRole('article', { name: 'Tradeoff card: Probability of default' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Probability of default' })).toBeInTheDocument();
    expect(card).toHaveTextContent('0.790');
    expect(card).toHaveTextContent('95% CI 0.777 – 0.801');
    expect(card).toHaveTextContent('+0.006 vs LightGBM (0.784), better; the interval includes the anchor');
    expect(card).toHaveTextContent('p50 0.40 ms · p95 0.90 ms (wasm, batch 1, 200 runs)');
    expect(card).toHaveTextContent(/Browser latency\s*not measured/);
    expect(card).toHaveTextContent('3,713 parameters · 14.5 KB');
    expect(card).toHaveTextContent('42.5 s on wasm · 30 epochs');
    expect(card).toHaveTextContent('personal data; measures: pseudonymised ids');
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Applicants with no payment history', 'Very high credit limits']);
    expect(card).toHaveTextContent('An underwriter reviews declines near the cutoff.');
    expect(within(card).queryByText('sample data')).not.toBeInTheDocument();
  });

  it('flags sample data and shows the differential-privacy guarantee', () => {
    const base = makeCard();
    render(
      <TradeoffCard
        card={makeCard({
          dataset: { ...base.dataset, isSample: true },
          privacy: { sensitivity: 'sensitive', measures: ['DP-SGD'], differentialPrivacy: { epsilon: 3, delta: 1e-5, accountant: 'RDP' } },
        })}
      />,
    );
    expect(screen.getByText('sample data')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('ε = 3.00, δ = 1e-5 (RDP)');
  });
});

describe('MetricWithCi', () => {
  it('says when a lower-is-better metric beats its anchor and the interval excludes it', () => {
    render(<MetricWithCi label="rmse" value={0.91} ci={{ low: 0.9, high: 0.92, level: 0.95 }} anchor={{ name: 'item mean', value: 1.02 }} higherIsBetter={false} />);
    expect(screen.getByTestId('metric-rmse')).toHaveTextContent('−0.110 vs item mean (1.020), better');
    expect(screen.getByTestId('metric-rmse')).not.toHaveTextContent('includes the anchor');
  });
});

describe('SampleDataBanner', () => {
  it('says nothing for the real dataset and says plainly when the sample was used', () => {
    const { container, rerender } = render(<SampleDataBanner isSample={false} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<SampleDataBanner isSample datasetName="credit sample" command="npx nx run credit-risk:train" />);
    const note = screen.getByRole('note', { name: 'Sample data' });
    expect(note).toHaveTextContent('Trained on sample data, not the real dataset.');
    expect(note).toHaveTextContent('(credit sample)');
    expect(within(note).getByText('npx nx run credit-risk:train')).toBeInTheDocument();
  });
});

describe('ModelCardView', () => {
  const card: ModelCardData = {
    modelDetails: { name: 'Credit MLP', type: 'MLP', version: 'run abc', date: '2026-11-28' },
    intendedUse: { primaryUses: ['Teaching credit scoring'], primaryUsers: ['Product managers'], outOfScope: ['Real lending decisions'] },
    factors: { relevant: ['Sex', 'Age'], evaluation: ['Age band'] },
    metrics: { measures: [{ name: 'ROC AUC', value: 0.79, ci: { low: 0.78, high: 0.8, level: 0.95 } }], decisionThresholds: 'Cutoff 0.3' },
    evaluationData: { datasets: 'Held-out 20% test split' },
    trainingData: { description: '70% of the UCI data' },
    quantitativeAnalyses: [{ title: 'By sex', metrics: ['approval rate', 'TPR'], groups: [{ group: 'female', n: 3600, values: { 'approval rate': 0.8, TPR: 0.6 } }, { group: 'male', n: 2400, values: { 'approval rate': 0.75, TPR: null } }] }],
    ethicalConsiderations: ['Historic data encodes past lending decisions'],
    caveatsAndRecommendations: ['Recalibrate before any other population'],
  };

  it('renders the nine Mitchell et al. sections with a table per group analysis', () => {
    render(<ModelCardView card={card} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Model details',
      'Intended use',
      'Factors',
      'Metrics',
      'Evaluation data',
      'Training data',
      'Quantitative analyses',
      'Ethical considerations',
      'Caveats and recommendations',
    ]);
    const byGroup = screen.getByRole('table', { name: 'By sex' });
    expect(within(byGroup).getByRole('row', { name: /female 3,600 0\.800 0\.600/ })).toBeInTheDocument();
    expect(within(byGroup).getByRole('row', { name: /male 2,400 0\.750 —/ })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Model card sections' })).toBeInTheDocument();
  });
});
