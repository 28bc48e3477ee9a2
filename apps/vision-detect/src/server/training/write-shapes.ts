// Writes the generated shapes as a Pascal VOC folder (images/*.png, annotations/*.xml). Node only.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from '@atlas/data-pipeline/node';
import { generateShapes } from '../../domain/synthetic-shapes';

export function writeShapesFolder(folder: string, options: { count: number; seed?: string }): string {
  mkdirSync(path.join(folder, 'images'), { recursive: true });
  mkdirSync(path.join(folder, 'annotations'), { recursive: true });
  for (const s of generateShapes(options)) {
    writeFileSync(path.join(folder, 'images', `${s.stem}.png`), encodePng(s.image));
    writeFileSync(path.join(folder, 'annotations', `${s.stem}.xml`), s.xml);
  }
  return folder;
}
