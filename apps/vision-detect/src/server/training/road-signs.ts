// Loads the road-sign subset through the catalog (cache -> mirror -> upstream), decodes every image
// once (alpha dropped) and returns the seeded image-level split with boxes as class ids. Node only.
import { buildRoadSigns, dropAlpha, type RoadSignBuild, type RoadSignExample } from '@atlas/data-pipeline/node';
import type { DetectionData, DetectionExample } from '../../domain/detection-data';

export interface RoadSignData extends DetectionData {
  build: RoadSignBuild;
}

async function decodeAll(build: RoadSignBuild, examples: readonly RoadSignExample[], classes: readonly string[]): Promise<DetectionExample[]> {
  const out: DetectionExample[] = [];
  for (const e of examples) {
    const image = dropAlpha(await build.loadImage(e.id));
    out.push({
      id: e.id,
      image,
      boxes: e.boxes.map((b) => ({ classId: classes.indexOf(b.label), x1: b.xmin, y1: b.ymin, x2: b.xmax, y2: b.ymax })),
    });
  }
  return out;
}

export async function loadRoadSigns(options: { source?: 'auto' | 'real' | 'sample' } = {}): Promise<RoadSignData> {
  const build = await buildRoadSigns({ source: options.source ?? 'real' });
  const classes = [...build.classes];
  const part = async (name: string) => decodeAll(build, (build.split.parts[name] ?? []).flatMap((id) => build.byId.get(id) ?? []), classes);
  return { build, classes, train: await part('train'), val: await part('val'), test: await part('test') };
}
