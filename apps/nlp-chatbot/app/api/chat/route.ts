import { chatResponse } from '../../../src/server/conversations';

export const dynamic = 'force-dynamic';
export const POST = chatResponse;
