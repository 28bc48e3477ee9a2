import { explainResponse } from '../../../src/server/recommend';

export const dynamic = 'force-dynamic';
export const POST = explainResponse;
