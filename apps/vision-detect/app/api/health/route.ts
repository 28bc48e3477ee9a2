import { healthResponse } from '../../../src/server/health';

export const dynamic = 'force-dynamic';
export const GET = healthResponse;
