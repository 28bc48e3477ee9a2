// Model artifacts for Node: everything browser-safe, plus saving and loading folders on disk.
export * from './index';
export {
  ArtifactExistsError,
  nodeFolderFileSystem,
  removeStaleTemporaryFolders,
  temporaryPrefix,
  writeFolderAtomically,
  type FolderFileSystem,
} from './atomic-folder.node';
export { loadArtifact } from './load-artifact.node';
export { saveArtifact, sha256Hex, type ArtifactContents, type SavedArtifact } from './save-artifact.node';
