// The error a file that could not be resolved produces: the file, every source tried and why it failed,
// and how to fix it.

export type SourceKind = 'cache' | 'mirror-folder' | 'mirror-url' | 'url';

export type FailureKind = 'missing' | 'checksum-mismatch' | 'unreachable' | 'http-error' | 'io-error';

export interface SourceAttempt {
  source: SourceKind;
  location: string;
  failure: FailureKind;
  reason: string;
}

export interface FileIdentity {
  datasetId: string;
  domain: string;
  path: string;
  sha256: string;
  bytes: number;
}

const SOURCE_LABEL: Record<SourceKind, string> = {
  cache: 'cache',
  'mirror-folder': 'mirror folder',
  'mirror-url': 'mirror URL',
  url: 'canonical URL',
};

export class DatasetFileError extends Error {
  readonly file: FileIdentity;
  readonly attempts: readonly SourceAttempt[];
  readonly cachePath: string;

  constructor(file: FileIdentity, attempts: readonly SourceAttempt[], cachePath: string, extraHint?: string) {
    super(formatMessage(file, attempts, cachePath, extraHint));
    this.name = 'DatasetFileError';
    this.file = file;
    this.attempts = attempts;
    this.cachePath = cachePath;
  }

  /** True when some source had the file but with the wrong bytes. */
  get hasChecksumMismatch(): boolean {
    return this.attempts.some((a) => a.failure === 'checksum-mismatch');
  }

  /** True when no source had the file at all (nothing configured, missing or unreachable). */
  get noSourceAvailable(): boolean {
    return this.attempts.every((a) => a.failure === 'missing' || a.failure === 'unreachable' || a.failure === 'http-error');
  }
}

function formatMessage(file: FileIdentity, attempts: readonly SourceAttempt[], cachePath: string, extraHint?: string): string {
  const lines = [
    `Could not resolve ${file.domain}/${file.path} (dataset ${file.datasetId}, ${file.bytes} bytes, sha256 ${file.sha256}).`,
    'Sources tried:',
    ...attempts.map((a, i) => `  ${i + 1}. ${SOURCE_LABEL[a.source]} ${a.location}: ${a.reason}`),
    'How to fix:',
  ];
  const mismatch = attempts.some((a) => a.failure === 'checksum-mismatch');
  const triedMirror = attempts.some((a) => a.source === 'mirror-folder' || a.source === 'mirror-url');
  if (mismatch) {
    lines.push(
      '  - A checksum mismatch means that copy is corrupted, truncated or a different version: replace it with the original bytes',
      `    (delete it and fetch again), or point ATLAS_DATASET_MIRROR at an intact copy.`,
    );
  }
  if (!triedMirror) {
    lines.push(
      '  - Set ATLAS_DATASET_MIRROR to a folder or base URL laid out as <mirror>/<domain>/<path> (several are separated by ":"),',
      `    e.g. ATLAS_DATASET_MIRROR=/data/atlas-datasets, so that <mirror>/${file.domain}/${file.path} exists.`,
    );
  } else {
    lines.push(`  - Make sure every mirror in ATLAS_DATASET_MIRROR holds <mirror>/${file.domain}/${file.path}.`);
  }
  lines.push(`  - Or copy the original file to ${cachePath} yourself; it is checked against the sha256 above.`);
  if (extraHint) lines.push(`  - ${extraHint}`);
  return lines.join('\n');
}
