// The road-sign subset through the mirror: every annotation, the MANIFEST box counts, an image-level
// split, and a handful of decoded images (not all 57 MB).
import { buildRoadSigns } from '../../src/datasets/road-sign-detection-subset';
import { prepareImage } from '../../src/image/transform';
import { byIdOrThrow, manifestEntry, realResolve } from '../helpers/env';

describe('road-sign-detection-subset', () => {
  let build: Awaited<ReturnType<typeof buildRoadSigns>>;
  beforeAll(async () => {
    build = await buildRoadSigns({ source: 'real', resolve: realResolve() });
  });

  it('matches the MANIFEST counts of images and boxes per class', () => {
    const m = manifestEntry('vision-detect', 'road-sign-detection-subset');
    expect(build.examples).toHaveLength(m.counts.images);
    const boxes = build.examples.flatMap((e) => e.boxes);
    expect(boxes).toHaveLength(m.counts.boxes);
    const perClass: Record<string, number> = {};
    for (const b of boxes) perClass[b.label] = (perClass[b.label] ?? 0) + 1;
    expect(perClass).toEqual(m.class_balance.boxes_per_class);
    const imagesWith: Record<string, number> = {};
    for (const e of build.examples) for (const c of new Set(e.boxes.map((b) => b.label))) imagesWith[c] = (imagesWith[c] ?? 0) + 1;
    expect(imagesWith).toEqual(m.class_balance.images_containing_class);
    expect(build.report.steps.find((s) => s.step === 'clean boxes')).toMatchObject({ rowsIn: 309, rowsOut: 309 });
    expect(build.report.classBalanceIn).toEqual(m.class_balance.boxes_per_class);
  });

  it('splits by image, stratified by the rarest class, with every image in one part', () => {
    const all = Object.values(build.split.parts).flat();
    expect(new Set(all).size).toBe(221);
    expect(all).toHaveLength(221);
    expect(build.split.strategy).toBe('image-stratified');
    for (const cls of ['stop', 'trafficlight', 'crosswalk', 'speedlimit']) {
      for (const part of ['train', 'val', 'test']) {
        expect(build.split.parts[part].some((id) => byIdOrThrow(build.byId, id).primaryClass === cls)).toBe(true);
      }
    }
  });

  it('decodes a handful of images: RGBA of the annotated size, alpha dropped by the shared transform', async () => {
    for (const id of build.split.parts.test.slice(0, 2)) {
      const e = byIdOrThrow(build.byId, id);
      const image = await build.loadImage(id);
      expect(image.width).toBe(e.width);
      expect(image.height).toBe(e.height);
      expect(image.data.length).toBe(e.width * e.height * 4);
      const prepared = prepareImage(image, { width: 160, height: 160 });
      expect(prepared.image.data.length).toBe(160 * 160 * 3);
      expect(prepared.padX + prepared.padY).toBeGreaterThanOrEqual(0);
    }
  });
});
