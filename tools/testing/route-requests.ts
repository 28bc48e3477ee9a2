// What the apps' route tests share: a Next route context, a JSON POST request, and the admin token
// set for a test file, with the app's services closed (and its prediction logs written) after it.
import { flushPredictionLogs } from '@atlas/service';

/** The second argument of a dynamic route handler (`/api/runs/[id]/...`). */
export const routeContext = (id: string) => ({ params: Promise.resolve({ id }) });

/** A POST with a JSON body; a string body is sent as it is (for malformed-JSON cases). */
export function jsonPost(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${url}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

interface Closable {
  close(): Promise<unknown>;
}

export function useAdminToken(token: string, services: { jobs: Closable; models: Closable }): void {
  beforeAll(() => {
    process.env.ATLAS_ADMIN_TOKEN = token;
  });
  afterAll(async () => {
    await flushPredictionLogs();
    delete process.env.ATLAS_ADMIN_TOKEN;
    await services.jobs.close();
    await services.models.close();
  });
}
