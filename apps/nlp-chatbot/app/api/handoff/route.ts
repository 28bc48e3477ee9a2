import { handoffResponse } from '../../../src/server/conversations';

export const dynamic = 'force-dynamic';
export const POST = handoffResponse;
