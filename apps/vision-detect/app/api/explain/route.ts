import { explainResponse } from '../../../src/server/inference';

export const dynamic = 'force-dynamic';
export const POST = explainResponse;
