// Road-sign detection subset: Pascal VOC boxes per image, degenerate and out-of-bounds boxes cleaned,
// exact duplicate images removed, and a seeded image-level split stratified by the rarest class in
// each image. Images are resolved and decoded lazily (loadImage), so a build reads only the XML.
// Node only.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CATALOG, findCatalogFile, roadSignAnnotationPath, roadSignImagePath } from '../catalog';
import { ROAD_SIGN_FILE_ROWS } from '../catalog/road-sign-files';
import { resolveFile } from '../fetch/resolve';
import type { Box, RgbaImage } from '../image/types';
import { decodeImage } from '../parse/image-decode';
import { parseVocXml, type VocAnnotation } from '../parse/voc';
import { ReportBuilder } from '../report/builder';
import { ROAD_SIGN_CLASSES, generateRoadSignSample, type RoadSignClass } from '../samples/road-sign-sample';
import { fingerprintBytes } from '../split/ids';
import { stratifiedSplit } from '../split/stratified';
import { RowValidator } from '../validate/validate';
import { fractionsOf, openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import type { DatasetBuild } from './types';

const entry = CATALOG['road-sign-detection-subset'];
const SUBSET_PATH = 'road-sign-detection/SUBSET.txt';

export { ROAD_SIGN_CLASSES, type RoadSignClass };

export interface LabeledBox extends Box {
  label: RoadSignClass;
}

export interface RoadSignExample {
  /** Image stem, e.g. "road106". */
  id: string;
  /** Catalog path of the image (relative to the domain folder); "sample:<stem>" for the sample. */
  imagePath: string;
  width: number;
  height: number;
  boxes: LabeledBox[];
  /** The rarest class present in the image ("none" without boxes): the stratum of the split. */
  primaryClass: RoadSignClass | 'none';
}

const annotationSchema = z.object({
  filename: z.string().min(1, 'no <filename>'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  depth: z.number().int().min(1).max(4),
});
const boxSchema = z.object({
  name: z.enum(ROAD_SIGN_CLASSES),
  bndbox: z.object({ xmin: z.number(), ymin: z.number(), xmax: z.number(), ymax: z.number() }),
});

export interface RoadSignBuild extends DatasetBuild<RoadSignExample> {
  classes: readonly RoadSignClass[];
  /** Decodes an image to RGBA (resolving it into the cache first for the real data). */
  loadImage(id: string): Promise<RgbaImage>;
}

interface BoxCleaning {
  boxesIn: number;
  boxesOut: number;
  reasons: Record<string, number>;
  clipped: string[];
  dropped: string[];
}

function cleanBoxes(stem: string, ann: VocAnnotation, c: BoxCleaning): LabeledBox[] {
  const out: LabeledBox[] = [];
  const seen = new Set<string>();
  const drop = (reason: string) => {
    c.reasons[reason] = (c.reasons[reason] ?? 0) + 1;
    c.dropped.push(stem);
  };
  for (const obj of ann.objects) {
    c.boxesIn++;
    const parsed = boxSchema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      drop(`box ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const { xmin, ymin, xmax, ymax } = parsed.data.bndbox;
    if (xmax <= xmin || ymax <= ymin) {
      drop('zero-size box (xmax <= xmin or ymax <= ymin)');
      continue;
    }
    const box = {
      xmin: Math.max(0, xmin),
      ymin: Math.max(0, ymin),
      xmax: Math.min(ann.width, xmax),
      ymax: Math.min(ann.height, ymax),
    };
    if (box.xmin !== xmin || box.ymin !== ymin || box.xmax !== xmax || box.ymax !== ymax) {
      if (box.xmax <= box.xmin || box.ymax <= box.ymin) {
        drop('box entirely outside the image');
        continue;
      }
      c.clipped.push(stem);
    }
    const key = `${parsed.data.name}:${box.xmin},${box.ymin},${box.xmax},${box.ymax}`;
    if (seen.has(key)) {
      drop('duplicate box in the same image');
      continue;
    }
    seen.add(key);
    out.push({ label: parsed.data.name, ...box });
    c.boxesOut++;
  }
  return out;
}

export async function buildRoadSigns(options: BuildOptions = {}): Promise<RoadSignBuild> {
  const seed = seedOf(options);
  const realStems = ROAD_SIGN_FILE_ROWS.map((r) => r[0]);
  const opened = await openSource(entry, [SUBSET_PATH, ...realStems.map(roadSignAnnotationPath)], options);
  const sample = opened.kind === 'sample';
  const generated = sample ? generateRoadSignSample({ seed }) : [];
  const sampleImages = new Map(generated.map((g) => [g.stem, g.image]));

  const report = new ReportBuilder<RoadSignExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateRoadSignSample', seed),
    files: opened.kind === 'sample' ? [] : opened.files.filter((f) => !f.path.includes('/annotations/')),
  });

  // The stems and their annotation XML.
  let sources: Array<{ stem: string; xml: string; imageHash: string }>;
  if (opened.kind === 'sample') {
    sources = generated.map((g) => ({ stem: g.stem, xml: g.xml, imageHash: fingerprintBytes(g.image.data) }));
  } else {
    const listed = (await readFile(opened.paths[SUBSET_PATH], 'utf8'))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    sources = [];
    for (const stem of listed) {
      const annPath = roadSignAnnotationPath(stem);
      const local = opened.paths[annPath];
      if (!local) throw new Error(`SUBSET.txt lists ${stem}, which the catalog does not know`);
      sources.push({ stem, xml: await readFile(local, 'utf8'), imageHash: findCatalogFile(entry, roadSignImagePath(stem)).sha256 });
    }
  }

  const validator = new RowValidator(annotationSchema);
  const cleaning: BoxCleaning = { boxesIn: 0, boxesOut: 0, reasons: {}, clipped: [], dropped: [] };
  const examples: RoadSignExample[] = [];
  const firstByHash = new Map<string, string>();
  const duplicateImages: string[] = [];
  const rawBoxes: string[] = [];
  for (const { stem, xml, imageHash } of sources) {
    let ann: VocAnnotation;
    try {
      ann = parseVocXml(xml);
    } catch (err) {
      validator.reject(`unreadable XML: ${err instanceof Error ? err.message : String(err)}`, stem);
      continue;
    }
    if (!validator.check(ann, stem)) continue;
    for (const o of ann.objects) rawBoxes.push(o.name);
    if (firstByHash.has(imageHash)) {
      duplicateImages.push(stem);
      continue;
    }
    firstByHash.set(imageHash, stem);
    const boxes = cleanBoxes(stem, ann, cleaning);
    examples.push({
      id: stem,
      imagePath: sample ? `sample:${stem}` : roadSignImagePath(stem),
      width: ann.width,
      height: ann.height,
      boxes,
      primaryClass: 'none',
    });
  }
  const validated = validator.done();
  report.classBalanceIn(rawBoxes, (name) => name);
  report.step('parse and validate annotations', sources.length, sources.length - validated.rejectedCount, validated.reasons);
  report.step('dedupe images', sources.length - validated.rejectedCount, examples.length, duplicateImages.length ? { 'identical image bytes (sha256)': duplicateImages.length } : {});
  report.duplicates({
    stats: [{ kind: 'exact', removed: duplicateImages.length, bySplit: duplicateImages.length ? { all: duplicateImages.length } : {}, leakage: {}, labelConflicts: 0 }],
    removed: duplicateImages.map((id) => ({ id, duplicateOf: '', kind: 'exact', leakage: false, labelConflict: false })),
  });
  report.step('clean boxes', cleaning.boxesIn, cleaning.boxesOut, cleaning.reasons, 'counts are boxes, not images');
  report.decision({
    step: 'clean boxes',
    rule: 'drop zero-size boxes (xmax <= xmin or ymax <= ymin), boxes outside the image and repeated boxes',
    rationale: 'a degenerate box has no area to learn from and breaks IoU',
    count: cleaning.boxesIn - cleaning.boxesOut,
    ids: cleaning.dropped,
  });
  report.decision({
    step: 'clean boxes',
    rule: 'clip boxes that stick out of the image to its borders',
    rationale: 'annotation tools sometimes overshoot by a pixel; the visible part is kept',
    count: cleaning.clipped.length,
    ids: cleaning.clipped,
  });
  report.decision({
    step: 'decode',
    rule: 'RGBA images: the alpha channel is dropped when decoding (prepareImage)',
    rationale: 'the photos are opaque; the model takes three channels',
    count: examples.length,
  });

  // Stratify images by the rarest class they contain.
  const imagesWith = new Map<string, number>();
  for (const e of examples) for (const c of new Set(e.boxes.map((b) => b.label))) imagesWith.set(c, (imagesWith.get(c) ?? 0) + 1);
  for (const e of examples) {
    const present = [...new Set(e.boxes.map((b) => b.label))];
    present.sort((a, b) => (imagesWith.get(a) ?? 0) - (imagesWith.get(b) ?? 0) || (a < b ? -1 : 1));
    e.primaryClass = present[0] ?? 'none';
  }
  const split = stratifiedSplit(
    examples.map((e) => ({ id: e.id, stratum: e.primaryClass })),
    {
      seed,
      fractions: fractionsOf(options),
      name: 'image-stratified',
      strategy: 'image-stratified',
      stratifiedBy: 'the rarest class present in each image (all boxes of an image stay in one part)',
      sample,
    },
  );
  const byId = new Map(examples.map((e) => [e.id, e]));
  report.split(split, byId, (e) => e.boxes.map((b) => b.label), 'boxes');
  report.split({ ...split, name: 'image-stratified (images)' }, byId, (e) => e.primaryClass, 'images by rarest class');
  const features = [
    { name: 'width', type: 'numeric' as const, get: (e: RoadSignExample) => e.width },
    { name: 'height', type: 'numeric' as const, get: (e: RoadSignExample) => e.height },
    { name: 'boxes_per_image', type: 'numeric' as const, get: (e: RoadSignExample) => e.boxes.length },
    { name: 'primary_class', type: 'categorical' as const, get: (e: RoadSignExample) => e.primaryClass },
    {
      name: 'box_area_share',
      type: 'numeric' as const,
      get: (e: RoadSignExample) => (e.boxes.length ? e.boxes.reduce((s, b) => s + (b.xmax - b.xmin) * (b.ymax - b.ymin), 0) / (e.width * e.height) : 0),
    },
  ];
  report.driftBetweenParts(split, byId, features);
  report.warn('Street photos collected from the web may show faces or licence plates; they were not screened.');

  const resolveOptions = options.resolve;
  const loadImage = async (id: string): Promise<RgbaImage> => {
    const e = byId.get(id);
    if (!e) throw new Error(`No image "${id}" in ${entry.id}${sample ? ' (sample)' : ''}.`);
    if (sample) {
      const img = sampleImages.get(id);
      if (!img) throw new Error(`sample image ${id} missing`);
      return img;
    }
    const local = options.localFiles?.[e.imagePath];
    const file = local ?? (await resolveFile(entry, findCatalogFile(entry, e.imagePath), resolveOptions)).path;
    const image = decodeImage(await readFile(file));
    if (image.width !== e.width || image.height !== e.height) {
      throw new Error(`${e.imagePath}: the image is ${image.width}x${image.height} but its annotation says ${e.width}x${e.height}`);
    }
    return image;
  };
  return {
    id: entry.id,
    entry,
    source: opened.kind,
    isSample: sample,
    examples,
    byId,
    split,
    report: report.build({ rowsIn: sources.length, examples, features }),
    classes: ROAD_SIGN_CLASSES,
    loadImage,
  };
}
