import { saveRatingResponse } from '../../../src/server/app-ratings';

export const dynamic = 'force-dynamic';
export const POST = saveRatingResponse;
