'use client';
// The "also run it in this browser" switch every Try page has: the app's browser module is imported
// on first use (it pulls in TensorFlow.js), the run's model is loaded once per run id, and each
// input is run on it; a newer run of the effect cancels what an older one would still report.
import { useEffect, useRef, useState, type DependencyList } from 'react';

export interface BrowserModelRunOptions<Lib, Model, Input, Result> {
  /** The switch. */
  on: boolean;
  runId: string | null;
  /** What to run the model on; nothing runs while it is null. */
  input: Input | null;
  importLib: () => Promise<Lib>;
  load: (lib: Lib, runId: string) => Promise<Model>;
  run: (lib: Lib, model: Model, input: Input) => Promise<Result>;
  onResult: (result: Result) => void;
  /** Shown while the model runs (after loading); nothing by default. */
  runningStatus?: string;
}

/**
 * Runs the model in the browser whenever `deps` change; returns the status line to show (loading,
 * running, or why the browser could not run the model), null once a result is in.
 */
export function useBrowserModelRun<Lib, Model, Input, Result>(options: BrowserModelRunOptions<Lib, Model, Input, Result>, deps: DependencyList): string | null {
  const [status, setStatus] = useState<string | null>(null);
  const model = useRef<{ runId: string; model: Model } | null>(null);

  useEffect(() => {
    const { on, runId, input } = options;
    if (!on || !runId || input === null) return;
    let cancelled = false;
    void (async () => {
      try {
        const lib = await options.importLib();
        if (model.current?.runId !== runId) {
          setStatus('Loading the model into the browser…');
          model.current = { runId, model: await options.load(lib, runId) };
        }
        if (options.runningStatus) setStatus(options.runningStatus);
        const result = await options.run(lib, model.current.model, input);
        if (!cancelled) {
          options.onResult(result);
          setStatus(null);
        }
      } catch (err) {
        if (!cancelled) setStatus(`The browser could not run the model: ${err instanceof Error ? err.message : String(err)}`);
      }
    })();
    return () => {
      cancelled = true;
    };
    // The caller names what the run depends on (as with useEffect).
  }, deps);

  return status;
}
