import { explainResponse } from '../../../src/server/scoring';

export const dynamic = 'force-dynamic';
export const POST = explainResponse;
