import { z } from 'zod';
import { tf } from '../tf';

/**
 * One model run as an immutable folder: the tfjs model (model.json + weights.bin, loadable by
 * tf.loadLayersModel as is), the fitted preprocessing, the metrics and the tradeoff card, plus
 * manifest.json with the sha256 of each of those files and one sha256 over all of them.
 */
export const ARTIFACT_FILES = ['card.json', 'metrics.json', 'model.json', 'preprocess.json', 'weights.bin'] as const;
export type ArtifactFileName = (typeof ARTIFACT_FILES)[number];
export const MANIFEST_FILE = 'manifest.json';
export const ARTIFACT_FORMAT = 'atlas-model-artifact';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex sha256');

export const artifactManifestSchema = z.object({
  format: z.literal(ARTIFACT_FORMAT),
  formatVersion: z.literal(1),
  files: z.array(z.object({ name: z.enum(ARTIFACT_FILES), bytes: z.number().int().nonnegative(), sha256: sha256Hex })),
  /** sha256 of the `sha256sum` listing of the files, sorted by name (see overallListing). */
  sha256: sha256Hex,
});
export type ArtifactManifest = z.infer<typeof artifactManifestSchema>;

/** JSON that survives a round trip through the files unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The text the overall digest is taken of: one `<sha256>  <name>` line per file, sorted by name, as
 * `sha256sum card.json metrics.json model.json preprocess.json weights.bin` prints it, so that
 * `... | sha256sum` in the folder reproduces the manifest's sha256 without this library.
 */
export function overallListing(files: readonly { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .join('');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

export function parseJsonBytes(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** model.json in the tfjs layers format, with its weights in one 'weights.bin' shard. */
export async function serializeModel(model: tf.LayersModel): Promise<{ modelJson: Uint8Array; weights: Uint8Array }> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = captured as tf.io.ModelArtifacts | null;
  if (!artifacts?.modelTopology || !artifacts.weightSpecs) throw new Error('The model did not produce a topology and weights');
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? []));
  const modelJson = {
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    convertedBy: artifacts.convertedBy ?? null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
  };
  return { modelJson: jsonBytes(modelJson), weights };
}

interface ModelJsonFile {
  modelTopology: object;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** Rebuilds the layers model from the bytes of model.json and weights.bin. */
export async function deserializeModel(modelJsonBytes: Uint8Array, weights: Uint8Array): Promise<tf.LayersModel> {
  const modelJson = parseJsonBytes(modelJsonBytes, 'model.json') as ModelJsonFile;
  if (!modelJson.modelTopology || !Array.isArray(modelJson.weightsManifest)) {
    throw new Error('model.json lacks modelTopology or weightsManifest');
  }
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights),
      weightData,
      format: modelJson.format,
      generatedBy: modelJson.generatedBy,
      convertedBy: modelJson.convertedBy ?? undefined,
    }),
  );
}
