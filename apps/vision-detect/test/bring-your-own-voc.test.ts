// Bring your own data: a Pascal VOC folder (here generated: coloured shapes) through the same train
// flow as `npx nx run vision-detect:train --data folder`: loaded, split, trained, evaluated, recorded
// and not promoted; broken folders fail with the reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTraining } from '@atlas/service';
import { useTempHome } from '../../../tools/testing/temp-home';
import { SHAPE_CLASSES } from '../src/domain/synthetic-shapes';
import { trainer } from '../src/server/training/trainer';
import { loadVocFolder } from '../src/server/training/voc-folder';
import { writeShapesFolder } from '../src/server/training/write-shapes';
import type { VisionMetrics } from '../src/domain/run-metrics';
import { readFile } from 'node:fs/promises';

useTempHome('atlas-vision-byo-');
const folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-voc-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a Pascal VOC folder of your own', () => {
  beforeAll(() => writeShapesFolder(folder, { count: 60, seed: 'byo' }));

  it('is read with its classes, boxes and a seeded image-level split', async () => {
    const data = await loadVocFolder(folder);
    expect(data.classes).toEqual([...SHAPE_CLASSES].sort());
    expect(data.train.length + data.val.length + data.test.length).toBe(60);
    expect(data.test.length).toBe(12);
    const ids = [...data.train, ...data.val, ...data.test].map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
    expect((await loadVocFolder(folder)).test.map((e) => e.id)).toEqual(data.test.map((e) => e.id));
    expect(data.train[0].boxes[0].x2).toBeGreaterThan(data.train[0].boxes[0].x1);
  });

  it('trains, evaluates and records a detector that finds the shapes, without promoting it', async () => {
    const outcome = await runTraining(trainer, { config: 'fast-160', dataPath: folder, args: { epochs: '20' }, promote: 'never' });
    expect(outcome.error).toBeNull();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.promoted).toBe(false);
    const metrics = JSON.parse(await readFile(path.join(outcome.artifactPath as string, 'metrics.json'), 'utf8')) as VisionMetrics;
    expect(metrics.classes).toEqual(['circle', 'square', 'triangle']);
    expect(metrics.dataset.source).toBe('custom');
    console.log(`shapes: mAP@0.5 ${metrics.test.map50.estimate.toFixed(3)}, ${metrics.training.seconds.toFixed(0)} s`);
    // Untrained, the heat map predicts 0.1 everywhere and finds nothing; coloured shapes on grey are easy.
    expect(metrics.test.map50.estimate).toBeGreaterThan(0.5);
  }, 900_000);

  it('fails with the reason for a folder without annotations or with a missing image', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'atlas-voc-empty-'));
    try {
      await expect(loadVocFolder(empty)).rejects.toThrow(/no Pascal VOC \.xml files/);
      writeFileSync(path.join(empty, 'a.xml'), '<annotation><filename>a.png</filename><size><width>4</width><height>4</height><depth>3</depth></size><object><name>x</name><bndbox><xmin>0</xmin><ymin>0</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></object></annotation>');
      await expect(loadVocFolder(empty)).rejects.toThrow(/image "a.png" not found/);
      const outcome = await runTraining(trainer, { config: 'fast-160', dataPath: path.join(empty, 'nope'), promote: 'never' });
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toMatch(/not a folder/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
