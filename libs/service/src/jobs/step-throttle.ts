// Step events (and job progress, which a multi-fit trainer reports per step) can come hundreds of
// times a second; a browser needs a few. A progress event with a new message passes at once, as does
// every other event (start, epoch, end, phases, logs, status), so nothing a chart or log shows is lost.
import type { TrainingJobEvent } from '../training/types';

export function throttleSteps(send: (event: TrainingJobEvent) => void, minIntervalMs = 200): (event: TrainingJobEvent) => void {
  let lastStepAt = -Infinity;
  let lastProgressAt = -Infinity;
  let lastMessage = '';
  return (event) => {
    const t = Date.now();
    if (event.type === 'step') {
      if (t - lastStepAt < minIntervalMs) return;
      lastStepAt = t;
    } else if (event.type === 'progress') {
      if (event.message === lastMessage && event.fraction < 1 && t - lastProgressAt < minIntervalMs) return;
      lastProgressAt = t;
      lastMessage = event.message;
    }
    send(event);
  };
}
