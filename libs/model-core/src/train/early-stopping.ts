import { tf } from '../tf';
import type { EarlyStoppingOptions } from './types';

/**
 * Watches one value of the epoch logs. Keeps a copy of the weights of the best epoch (all weights,
 * batch-norm statistics included) so they can be put back at the end, as Keras 3 does with
 * restore_best_weights: restored whenever the last epoch was not the best, not only after a stop.
 */
export class EarlyStopping {
  readonly monitor: string;
  readonly mode: 'min' | 'max';
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly keepBest: boolean;
  private best = Number.NaN;
  private wait = 0;
  private bestWeights: tf.Tensor[] | null = null;
  bestEpoch: number | null = null;

  constructor(options: EarlyStoppingOptions, hasValidation: boolean) {
    this.monitor = options.monitor ?? (hasValidation ? 'val_loss' : 'loss');
    this.mode = options.mode ?? (this.monitor.includes('acc') ? 'max' : 'min');
    this.patience = options.patience;
    this.minDelta = Math.abs(options.minDelta ?? 0);
    this.keepBest = options.restoreBestWeights ?? true;
    if (!(this.patience >= 0)) throw new Error(`earlyStopping.patience must be >= 0, got ${options.patience}`);
  }

  private improves(value: number): boolean {
    if (Number.isNaN(this.best)) return true;
    return this.mode === 'min' ? value < this.best - this.minDelta : value > this.best + this.minDelta;
  }

  /** Records an epoch; returns whether it improved and whether training should stop. */
  update(epoch: number, logs: Record<string, number>, model: tf.LayersModel): { improved: boolean; stop: boolean } {
    const value = logs[this.monitor];
    if (value === undefined) {
      throw new Error(`earlyStopping.monitor '${this.monitor}' is not in the logs (${Object.keys(logs).join(', ')})`);
    }
    if (this.improves(value)) {
      this.best = value;
      this.bestEpoch = epoch;
      this.wait = 0;
      if (this.keepBest) {
        this.disposeWeights();
        this.bestWeights = tf.tidy(() => model.getWeights().map((weight) => weight.clone()));
      }
      return { improved: true, stop: false };
    }
    this.wait += 1;
    return { improved: false, stop: this.wait >= this.patience };
  }

  /** Puts the best epoch's weights back when the model holds others; returns whether it did. */
  restore(model: tf.LayersModel, lastEpoch: number): boolean {
    if (!this.bestWeights || this.bestEpoch === lastEpoch) return false;
    model.setWeights(this.bestWeights);
    return true;
  }

  disposeWeights(): void {
    if (this.bestWeights) tf.dispose(this.bestWeights);
    this.bestWeights = null;
  }
}
