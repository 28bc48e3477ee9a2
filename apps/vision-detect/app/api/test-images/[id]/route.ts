import { testImageResponse } from '../../../../src/server/test-images';

export const dynamic = 'force-dynamic';
export const GET = testImageResponse;
