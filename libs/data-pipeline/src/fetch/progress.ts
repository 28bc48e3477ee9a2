// Progress of long transfers: a bar in a terminal, callbacks elsewhere (e.g. for server-sent events). Node only.
import cliProgress from 'cli-progress';

export interface TransferProgress {
  path: string;
  transferred: number;
  total: number;
}

export interface ProgressSink {
  start(path: string, total: number): void;
  update(progress: TransferProgress): void;
  stop(path: string): void;
}

/** A progress bar on stderr, or null when stderr is not a terminal (CI logs stay clean). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink | null {
  if (!stream.isTTY) return null;
  const bars = new Map<string, cliProgress.SingleBar>();
  const multi = new cliProgress.MultiBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      format: ' {bar} {percentage}% | {value}/{total} bytes | {file}',
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(path, total) {
      bars.set(path, multi.create(Math.max(total, 1), 0, { file: path }));
    },
    update({ path, transferred }) {
      bars.get(path)?.update(transferred);
    },
    stop(path) {
      const bar = bars.get(path);
      if (bar) {
        bar.stop();
        multi.remove(bar);
        bars.delete(path);
      }
      if (bars.size === 0) multi.stop();
    },
  };
}

/** Adapts a plain callback to a ProgressSink. */
export function callbackProgress(onProgress: (p: TransferProgress) => void): ProgressSink {
  return {
    start: (path, total) => onProgress({ path, transferred: 0, total }),
    update: onProgress,
    stop: () => undefined,
  };
}
