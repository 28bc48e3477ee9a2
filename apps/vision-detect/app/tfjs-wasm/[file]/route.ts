import { artifactFiles } from '../../../src/server/service';

export const dynamic = 'force-dynamic';
export const GET = artifactFiles.wasm;
