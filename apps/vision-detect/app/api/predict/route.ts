import { predictResponse } from '../../../src/server/inference';

export const dynamic = 'force-dynamic';
export const POST = predictResponse;
