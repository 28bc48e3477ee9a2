// Bring your own data: a Pascal VOC folder (annotations/*.xml or Annotations/*.xml, images in
// images/ or JPEGImages/ or beside the XML; PNG or JPEG). Classes are the object names found, sorted;
// boxes are checked and clipped; images are split 70/10/20 by a seeded split stratified by the rarest
// class in each image. Node only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeImage, dropAlpha, parseVocXml, stratifiedSplit, DEFAULT_FRACTIONS, type VocAnnotation } from '@atlas/data-pipeline/node';
import type { DetectionData, DetectionExample } from '../../domain/detection-data';

export class VocFolderError extends Error {}

const ANNOTATION_DIRS = ['annotations', 'Annotations', '.'];
const IMAGE_DIRS = ['images', 'JPEGImages', 'Images', '.'];

function annotationFiles(root: string): string[] {
  for (const dir of ANNOTATION_DIRS) {
    const full = path.join(root, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) continue;
    const xml = readdirSync(full).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
    if (xml.length) return xml.map((f) => path.join(full, f));
  }
  return [];
}

function imageFile(root: string, xmlPath: string, ann: VocAnnotation): string {
  const stem = path.basename(xmlPath, '.xml');
  const names = [ann.filename, `${stem}.png`, `${stem}.jpg`, `${stem}.jpeg`, `${stem}.PNG`, `${stem}.JPG`].filter(Boolean);
  for (const dir of IMAGE_DIRS) for (const name of names) {
    const candidate = path.join(root, dir, path.basename(name));
    if (existsSync(candidate)) return candidate;
  }
  throw new VocFolderError(`${path.basename(xmlPath)}: image "${ann.filename || stem}" not found in ${IMAGE_DIRS.join(', ')}`);
}

export interface VocFolderData extends DetectionData {
  folder: string;
  skipped: { file: string; reason: string }[];
}

export async function loadVocFolder(folder: string, options: { seed?: string } = {}): Promise<VocFolderData> {
  const root = path.resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new VocFolderError(`--data ${folder}: not a folder`);
  const files = annotationFiles(root);
  if (files.length === 0) throw new VocFolderError(`--data ${folder}: no Pascal VOC .xml files in annotations/, Annotations/ or the folder itself`);
  const skipped: { file: string; reason: string }[] = [];
  const parsed: { id: string; file: string; ann: VocAnnotation }[] = [];
  for (const file of files) {
    try {
      const ann = parseVocXml(await readFile(file, 'utf8'));
      if (!(ann.width > 0 && ann.height > 0)) throw new Error('no <size> width/height');
      parsed.push({ id: path.basename(file, '.xml'), file, ann });
    } catch (error) {
      skipped.push({ file: path.basename(file), reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const classes = [...new Set(parsed.flatMap((p) => p.ann.objects.map((o) => o.name)).filter(Boolean))].sort();
  if (classes.length === 0) throw new VocFolderError(`--data ${folder}: no <object> with a <name> in any annotation`);
  const examples = new Map<string, DetectionExample>();
  const strata: { id: string; stratum: string }[] = [];
  const perClass = new Map<number, number>();
  for (const { id, file, ann } of parsed) {
    const decoded = decodeImage(await readFile(imageFile(root, file, ann)));
    if (decoded.width !== ann.width || decoded.height !== ann.height) {
      skipped.push({ file: path.basename(file), reason: `image is ${decoded.width}x${decoded.height}, annotation says ${ann.width}x${ann.height}` });
      continue;
    }
    const boxes = ann.objects
      .map((o) => ({
        classId: classes.indexOf(o.name),
        x1: Math.max(0, o.bndbox.xmin),
        y1: Math.max(0, o.bndbox.ymin),
        x2: Math.min(ann.width, o.bndbox.xmax),
        y2: Math.min(ann.height, o.bndbox.ymax),
      }))
      .filter((b) => b.classId >= 0 && b.x2 > b.x1 && b.y2 > b.y1);
    for (const b of boxes) perClass.set(b.classId, (perClass.get(b.classId) ?? 0) + 1);
    examples.set(id, { id, image: dropAlpha(decoded), boxes });
  }
  for (const [id, e] of examples) {
    const present = [...new Set(e.boxes.map((b) => b.classId))].sort((a, b) => (perClass.get(a) ?? 0) - (perClass.get(b) ?? 0) || a - b);
    strata.push({ id, stratum: present.length ? classes[present[0]] : 'none' });
  }
  if (examples.size < 5) throw new VocFolderError(`--data ${folder}: ${examples.size} usable images; at least 5 are needed for a train/val/test split`);
  const split = stratifiedSplit(strata, { seed: options.seed ?? 'atlas-2024', fractions: { ...DEFAULT_FRACTIONS } });
  const part = (name: string) => (split.parts[name] ?? []).flatMap((id) => examples.get(id) ?? []);
  return { folder: root, classes, skipped, train: part('train'), val: part('val'), test: part('test') };
}
