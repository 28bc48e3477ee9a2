import { createHash } from 'node:crypto';
import path from 'node:path';
import { measureModelSize } from '../card/model-size';
import { parseTradeoffCard, type TradeoffCardInput } from '../card/card-schema';
import type { tf } from '../tf';
import {
  ARTIFACT_FORMAT,
  jsonBytes,
  MANIFEST_FILE,
  overallListing,
  serializeModel,
  type ArtifactFileName,
  type ArtifactManifest,
  type JsonValue,
} from './artifact-format';
import { nodeFolderFileSystem, writeFolderAtomically, type FolderFileSystem } from './atomic-folder.node';

export interface ArtifactContents {
  model: tf.LayersModel;
  /** The fitted preprocessing (encoders, vocabularies, scalers) as the caller serialises it. */
  preprocess: JsonValue;
  metrics: JsonValue;
  card: TradeoffCardInput;
}

export interface SavedArtifact {
  dir: string;
  manifest: ArtifactManifest;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Saves a trained model with its preprocessing, metrics and tradeoff card as one immutable folder at
 * `dir` (which must not exist), written atomically (see writeFolderAtomically). The card is validated
 * and must state the model's true size: parameters and weight bytes are compared with the model.
 */
export async function saveArtifact(
  dir: string,
  contents: ArtifactContents,
  options: { fileSystem?: FolderFileSystem } = {},
): Promise<SavedArtifact> {
  const card = parseTradeoffCard(contents.card);
  const size = measureModelSize(contents.model);
  const { modelJson, weights } = await serializeModel(contents.model);
  if (card.size.parameters !== size.parameters || card.size.bytes !== weights.byteLength) {
    throw new Error(
      `The card gives ${card.size.parameters} parameters and ${card.size.bytes} bytes; the model has ` +
        `${size.parameters} parameters and ${weights.byteLength} weight bytes (use measureModelSize)`,
    );
  }
  const payload: Record<ArtifactFileName, Uint8Array> = {
    'card.json': jsonBytes(card),
    'metrics.json': jsonBytes(contents.metrics),
    'model.json': modelJson,
    'preprocess.json': jsonBytes(contents.preprocess),
    'weights.bin': weights,
  };
  const files = (Object.keys(payload) as ArtifactFileName[]).sort().map((name) => ({
    name,
    bytes: payload[name].byteLength,
    sha256: sha256Hex(payload[name]),
  }));
  const manifest: ArtifactManifest = {
    format: ARTIFACT_FORMAT,
    formatVersion: 1,
    files,
    sha256: sha256Hex(overallListing(files)),
  };
  await writeFolderAtomically(
    dir,
    [...files.map((file) => ({ name: file.name, data: payload[file.name] })), { name: MANIFEST_FILE, data: jsonBytes(manifest) }],
    options.fileSystem ?? nodeFolderFileSystem,
  );
  return { dir: path.resolve(dir), manifest };
}
