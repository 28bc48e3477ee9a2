// GET /api/test-images/:id: an image of the road-sign data as PNG, for the Try gallery and the
// Evaluate failure gallery. Only ids of the catalog's subset are served (never a path). Node only.
import { buildRoadSigns, encodePng, type RoadSignBuild } from '@atlas/data-pipeline/node';
import { HttpError, parseParams, processSingleton, route } from '@atlas/service';
import { z } from 'zod';

const Params = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an image id such as road106') });

const build = processSingleton('vision-detect:road-sign-build', () => ({ current: null as Promise<RoadSignBuild> | null }));

function roadSigns(): Promise<RoadSignBuild> {
  build.current ??= buildRoadSigns({ source: 'auto' }).catch((error: unknown) => {
    build.current = null;
    throw error;
  });
  return build.current;
}

export const testImageResponse = route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await parseParams(ctx.params, Params);
  const signs = await roadSigns();
  if (!signs.byId.has(id)) throw new HttpError(404, { error: 'not_found', message: `id: no image ${id} in the road-sign data` });
  const png = encodePng(await signs.loadImage(id));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' } });
});
