import { predictResponse } from '../../../src/server/recommend';

export const dynamic = 'force-dynamic';
export const POST = predictResponse;
