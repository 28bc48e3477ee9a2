import { artifactFileResponse } from '../../../../../../src/server/artifact-files';

export const dynamic = 'force-dynamic';
export const GET = artifactFileResponse;
