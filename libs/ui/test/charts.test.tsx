import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { BarList, ConfusionMatrix, Histogram, LossChart, PrChart, ReliabilityChart, RocChart, ThresholdChart, thinPoints } from '../src';

const roc = [
  { fpr: 0, tpr: 0 },
  { fpr: 0.1, tpr: 0.6 },
  { fpr: 0.3, tpr: 0.85 },
  { fpr: 1, tpr: 1 },
];

describe('RocChart', () => {
  it('draws the curve with recharts and marks and describes the operating point', () => {
    const { container } = render(<RocChart points={roc} auc={0.87} operatingPoint={{ fpr: 0.1, tpr: 0.6, threshold: 0.42 }} width={400} height={300} />);
    expect(container.querySelector('.recharts-line-curve')).not.toBeNull();
    expect(container.querySelectorAll('.recharts-reference-dot')).toHaveLength(1);
    expect(screen.getByTestId('operating-point')).toHaveTextContent('catches 60.0% of positives at a 10.0% false positive rate, threshold 0.420');
    expect(screen.getByText(/AUC 0\.870/)).toBeInTheDocument();
  });

  it('draws one line per series for a comparison', () => {
    const { container } = render(
      <RocChart series={[{ name: 'mlp', points: roc, auc: 0.8 }, { name: 'no protected', points: roc.map((p) => ({ ...p, tpr: p.tpr * 0.9 })), auc: 0.78 }]} width={400} />,
    );
    expect(container.querySelectorAll('.recharts-line-curve')).toHaveLength(2);
  });
});

describe('PrChart and ReliabilityChart', () => {
  it('draws precision-recall with a baseline', () => {
    const { container } = render(<PrChart points={[{ recall: 0, precision: 1 }, { recall: 0.5, precision: 0.7 }, { recall: 1, precision: 0.22 }]} baseline={0.22} width={400} />);
    expect(container.querySelector('.recharts-line-curve')).not.toBeNull();
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1);
    expect(screen.getByText(/A random ranking scores 22\.0% precision/)).toBeInTheDocument();
  });

  it('plots only the non-empty calibration bins', () => {
    const { container } = render(
      <ReliabilityChart
        bins={[
          { meanPredicted: 0.05, observed: 0.04, count: 100 },
          { meanPredicted: null, observed: null, count: 0 },
          { meanPredicted: 0.55, observed: 0.6, count: 20 },
        ]}
        ece={0.0123}
        width={400}
      />,
    );
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(2);
    expect(screen.getByText(/Expected calibration error 0\.0123/)).toBeInTheDocument();
  });
});

describe('ConfusionMatrix', () => {
  it('shows counts and the share of each actual class, and the overall accuracy', () => {
    render(<ConfusionMatrix labels={['repaid', 'default']} matrix={[[80, 20], [10, 30]]} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'default' })).toBeInTheDocument();
    expect(screen.getByTestId('cell-0-1')).toHaveTextContent('2020.0%');
    expect(screen.getByTestId('cell-1-1')).toHaveTextContent('3075.0%');
    expect(table).toHaveTextContent('110 of 140 correct (78.6%)');
  });
});

describe('ThresholdChart', () => {
  const points = [0.1, 0.3, 0.5, 0.7, 0.9].map((t) => ({ threshold: t, tpr: 1 - t, fpr: (1 - t) / 2 }));

  it('shows the values at the cursor and moves it with the keyboard-accessible slider', () => {
    const onCursorChange = jest.fn();
    const { container } = render(
      <ThresholdChart points={points} series={[{ key: 'tpr', label: 'True positive rate' }, { key: 'fpr', label: 'False positive rate' }]} cursor={0.5} onCursorChange={onCursorChange} width={400} />,
    );
    expect(screen.getByTestId('threshold-values')).toHaveTextContent('At threshold 0.500: True positive rate 0.500, False positive rate 0.250');
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1);
    const slider = screen.getByRole('slider', { name: 'Threshold' });
    fireEvent.change(slider, { target: { value: '0.7' } });
    expect(onCursorChange).toHaveBeenCalledWith(0.7);
  });
});

describe('LossChart, BarList, Histogram', () => {
  it('draws training and validation loss and says where training stands', () => {
    const { container } = render(<LossChart epochs={[{ epoch: 1, loss: 0.7, val_loss: 0.72 }, { epoch: 2, loss: 0.5, val_loss: 0.55 }]} width={400} />);
    expect(container.querySelectorAll('.recharts-line-curve')).toHaveLength(2);
    expect(screen.getByText('After epoch 2: training loss 0.5000, validation loss 0.5500.')).toBeInTheDocument();
  });

  it('lists bar values as text for screen readers and draws one bar each', () => {
    const { container } = render(<BarList title="Importance" items={[{ label: 'PAY_0', value: 0.12 }, { label: 'LIMIT_BAL', value: 0.05, hint: 'n = 10' }]} width={400} />);
    expect(screen.getByText('LIMIT_BAL: 0.050 (n = 10)')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
  });

  it('draws a histogram and counts its values', () => {
    const { container } = render(<Histogram title="Age" bins={[{ start: 20, end: 30, count: 5 }, { start: 30, end: 40, count: 7 }]} digits={0} width={400} />);
    expect(screen.getByText('12 values in 2 bins.')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
  });
});

describe('thinPoints', () => {
  it('keeps the ends and evenly spaced points', () => {
    const pts = Array.from({ length: 1001 }, (_, i) => i);
    const thin = thinPoints(pts, 11);
    expect(thin).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(thinPoints([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });
});
