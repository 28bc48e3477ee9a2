// The artifact files of this domain's runs (the browser runs the same model) and the wasm binaries.
import { createArtifactFileRoutes } from '@atlas/service';

const routes = createArtifactFileRoutes('credit-risk');
export const artifactFileResponse = routes.artifact;
export const wasmFileResponse = routes.wasm;
