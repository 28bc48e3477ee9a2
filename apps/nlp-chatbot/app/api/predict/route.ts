import { predictResponse } from '../../../src/server/scoring';

export const dynamic = 'force-dynamic';
export const POST = predictResponse;
