// Keras/TF reference figures and the targets of the issue, keyed by workload name. Measured on two
// cores with Keras 3 on TensorFlow 2.21 CPU (the toolchain notes' table: medians of 3+ runs).
export interface Reference {
  train?: { unit: 'samples/s' | 'ms/step'; value: number; targetRatio: number };
  predictP50TargetMs?: number;
  describe: string;
}

export const REFERENCES: Record<string, Reference> = {
  'credit MLP 23-64-32-1': {
    train: { unit: 'samples/s', value: 182_000, targetRatio: 0.5 },
    predictP50TargetMs: 0.1,
    describe: 'train 182k samples/s (target >= 0.5x = 91k); predict 1 row p50 0.32 ms (target <= 0.1 ms); 10k rows in 1.5 ms',
  },
  'text embedding bag 20k x 64, 150 classes': {
    train: { unit: 'samples/s', value: 23_000, targetRatio: 0.8 },
    describe: 'train 23k samples/s (target >= 0.8x = 18.4k)',
  },
  'matrix factorization 943 x 1682, dim 32': {
    train: { unit: 'samples/s', value: 360_000, targetRatio: 0.8 },
    describe: 'train ~360k samples/s (target >= 0.8x = 288k)',
  },
  'detector W3 conv stack 128x128 b16': {
    train: { unit: 'ms/step', value: 44, targetRatio: 2.5 },
    describe: 'one training step at batch 16: 44 ms (target <= 2.5x = 110 ms); forward at batch 16: 12.8 ms',
  },
};
