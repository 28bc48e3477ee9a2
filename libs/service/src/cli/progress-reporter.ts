// The terminal side of training progress. On a terminal: one cli-progress bar per run, driven by the
// training loop's steps (epoch, step, loss, model-core's ETA), or, when the trainer reports whole-job
// progress (several fits: folds, ensemble members), by the job's fraction with the current stage and
// the current fit's loss. Elsewhere (CI logs): plain lines, one per epoch or per 10% of the job.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { formatProgressLine } from '@atlas/model-core';
import type { TrainingJobEvent } from '../training/types';

export interface ProgressReporterOptions {
  /** Prefix of every line and of the bar, e.g. the configuration name. */
  label: string;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Draw a bar; default: whether the stream is a terminal. */
  tty?: boolean;
}

export interface ProgressReporter {
  onEvent(event: TrainingJobEvent): void;
  stop(): void;
}

export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function valMetrics(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .filter(([k]) => k.startsWith('val_'))
    .map(([k, v]) => ` ${k} ${v.toFixed(4)}`)
    .join('');
}

/** Job progress is shown in thousandths so the bar moves smoothly. */
const JOB_TOTAL = 1000;

export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  const label = options.label;
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  /** Set once the trainer reports whole-job progress: the bar then follows the job, not one fit. */
  let jobMode = false;
  let jobStartedAt = 0;
  let lastDecile = -1;
  let lastStage = '';

  const line = (text: string) => {
    if (multi) multi.log(`${text}\n`);
    else stream.write(`${text}\n`);
  };
  const stopBar = () => {
    multi?.stop();
    multi = null;
    bar = null;
  };
  const ensureBar = (total: number, detail: string) => {
    if (bar) return bar;
    multi = new MultiBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% | {detail} | loss {loss}{extra} | ETA {etaText}`,
        // A short bar leaves room for the numbers on an 80-column terminal (cli-progress cuts longer lines).
        barsize: 20,
        hideCursor: true,
        clearOnComplete: false,
        fps: 10,
      },
      Presets.shades_classic,
    );
    bar = multi.create(total, 0, { detail, loss: '-', extra: '', etaText: '?' });
    return bar;
  };

  return {
    onEvent(event) {
      switch (event.type) {
        case 'phase':
          line(`[${label}] ${event.phase}: ${event.message}`);
          return;
        case 'log':
          line(`[${label}] ${event.level === 'info' ? '' : `${event.level}: `}${event.message}`);
          return;
        case 'status':
          if (event.status !== 'queued' && event.status !== 'running') {
            stopBar();
            line(`[${label}] run ${event.runId} ${event.status}${event.error ? `: ${event.error}` : ''}`);
          }
          return;
        case 'progress': {
          if (!jobMode) {
            jobMode = true;
            jobStartedAt = performance.now();
            stopBar();
          }
          const elapsed = (performance.now() - jobStartedAt) / 1000;
          const eta = event.fraction > 0.01 ? (elapsed * (1 - event.fraction)) / event.fraction : null;
          if (tty) {
            ensureBar(JOB_TOTAL, event.message).update(Math.round(event.fraction * JOB_TOTAL), { detail: event.message, etaText: formatEta(eta) });
            return;
          }
          const decile = Math.floor(event.fraction * 10);
          if (decile !== lastDecile || event.stage !== lastStage) {
            lastDecile = decile;
            lastStage = event.stage;
            line(`[${label}] ${Math.round(event.fraction * 100)}% ${event.message}${eta !== null ? ` (ETA ${formatEta(eta)})` : ''}`);
          }
          return;
        }
        case 'start':
          if (jobMode) return;
          if (!tty) line(`[${label}] ${formatProgressLine(event)}`);
          else {
            stopBar();
            ensureBar(event.totalSteps, `epoch 0/${event.epochs} | step 0/${event.totalSteps}`);
          }
          return;
        case 'step':
          if (!tty) return;
          if (jobMode) bar?.update({ loss: event.loss.toFixed(4) });
          else bar?.update(event.step, { detail: `epoch ${event.epoch}/${event.epochs} | step ${event.step}/${event.totalSteps}`, loss: event.loss.toFixed(4), etaText: formatEta(event.etaSeconds) });
          return;
        case 'epoch':
          if (jobMode) {
            if (tty) bar?.update({ loss: event.loss.toFixed(4), extra: valMetrics(event.metrics) });
            return;
          }
          if (!tty) line(`[${label}] ${formatProgressLine(event)}`);
          else
            bar?.update(event.step, {
              detail: `epoch ${event.epoch}/${event.epochs} | step ${event.step}/${event.totalSteps}`,
              loss: event.loss.toFixed(4),
              extra: valMetrics(event.metrics),
              etaText: formatEta(event.etaSeconds),
            });
          return;
        case 'end':
          if (jobMode) return;
          stopBar();
          line(`[${label}] ${formatProgressLine(event)}`);
          return;
      }
    },
    stop: stopBar,
  };
}
