import { conversationResponse } from '../../../../src/server/conversations';

export const dynamic = 'force-dynamic';
export const GET = conversationResponse;
