import { routes } from '../../../../src/server/service';

export const dynamic = 'force-dynamic';
export const { GET, DELETE } = routes.run;
