import { parseTradeoffCard, type TradeoffCard } from '../card/card-schema';
import '../models/custom-layers';
import type { tf } from '../tf';
import {
  ARTIFACT_FILES,
  artifactManifestSchema,
  deserializeModel,
  MANIFEST_FILE,
  overallListing,
  parseJsonBytes,
  type ArtifactFileName,
  type ArtifactManifest,
} from './artifact-format';

export interface LoadedArtifact {
  model: tf.LayersModel;
  /** The fitted preprocessing as saved; validate it with the domain's own schema. */
  preprocess: unknown;
  metrics: unknown;
  card: TradeoffCard;
  manifest: ArtifactManifest;
}

export interface ReadArtifactOptions {
  /** Check every file against the manifest (default true). */
  verify?: boolean;
  /** The overall sha256 the caller expects (e.g. from the registry row); checked when given. */
  expectedSha256?: string;
}

export class ArtifactIntegrityError extends Error {
  override readonly name = 'ArtifactIntegrityError';
}

/**
 * Reads, checks and assembles an artifact through a file reader (disk in Node, fetch in the
 * browser) and a sha256 function, so both platforms share one implementation of the checks.
 */
export async function readArtifact(
  readFile: (name: string) => Promise<Uint8Array>,
  sha256: (bytes: Uint8Array) => Promise<string>,
  options: ReadArtifactOptions = {},
): Promise<LoadedArtifact> {
  const manifest = artifactManifestSchema.parse(parseJsonBytes(await readFile(MANIFEST_FILE), MANIFEST_FILE));
  const listed = new Set(manifest.files.map((file) => file.name));
  const absent = ARTIFACT_FILES.filter((name) => !listed.has(name));
  if (absent.length > 0) throw new ArtifactIntegrityError(`The manifest does not list ${absent.join(', ')}`);
  const entries = await Promise.all(ARTIFACT_FILES.map(async (name) => [name, await readFile(name)] as const));
  const files = new Map<ArtifactFileName, Uint8Array>(entries);

  if (options.verify ?? true) {
    for (const entry of manifest.files) {
      const bytes = files.get(entry.name) as Uint8Array;
      const actual = await sha256(bytes);
      if (actual !== entry.sha256 || bytes.byteLength !== entry.bytes) {
        throw new ArtifactIntegrityError(`${entry.name} does not match the manifest (sha256 ${actual}, expected ${entry.sha256})`);
      }
    }
    const overall = await sha256(new TextEncoder().encode(overallListing(manifest.files)));
    if (overall !== manifest.sha256) throw new ArtifactIntegrityError(`The manifest's overall sha256 is ${manifest.sha256}, computed ${overall}`);
  }
  if (options.expectedSha256 !== undefined && options.expectedSha256 !== manifest.sha256) {
    throw new ArtifactIntegrityError(`The artifact's sha256 is ${manifest.sha256}, expected ${options.expectedSha256}`);
  }

  const card = parseTradeoffCard(parseJsonBytes(files.get('card.json') as Uint8Array, 'card.json'));
  const model = await deserializeModel(files.get('model.json') as Uint8Array, files.get('weights.bin') as Uint8Array);
  return {
    model,
    preprocess: parseJsonBytes(files.get('preprocess.json') as Uint8Array, 'preprocess.json'),
    metrics: parseJsonBytes(files.get('metrics.json') as Uint8Array, 'metrics.json'),
    card,
    manifest,
  };
}
