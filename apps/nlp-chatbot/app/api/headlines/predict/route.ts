import { headlinePredictResponse } from '../../../../src/server/headlines/service';

export const dynamic = 'force-dynamic';
export const POST = headlinePredictResponse;
