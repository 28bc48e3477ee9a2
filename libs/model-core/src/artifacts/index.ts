// Model artifacts, browser-safe part: the folder format and loading from a URL. Saving and loading
// from disk are Node-only: '@atlas/model-core/artifacts/index.node'.
export {
  ARTIFACT_FILES,
  ARTIFACT_FORMAT,
  MANIFEST_FILE,
  artifactManifestSchema,
  deserializeModel,
  jsonBytes,
  overallListing,
  serializeModel,
  type ArtifactFileName,
  type ArtifactManifest,
  type JsonValue,
} from './artifact-format';
export { loadArtifactFromUrl, webCryptoSha256, type LoadFromUrlOptions } from './load-browser';
export { ArtifactIntegrityError, readArtifact, type LoadedArtifact, type ReadArtifactOptions } from './read-artifact';
