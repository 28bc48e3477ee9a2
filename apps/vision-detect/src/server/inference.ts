// POST /api/predict and POST /api/explain: an uploaded image (see upload.ts) through the active
// model, or a chosen run's (field runId). Predict returns every candidate box above a low floor, so
// the Try page's sliders re-filter without calling the model again, and the boxes after the requested
// confidence and NMS IoU. Explain adds occlusion saliency of one detection. Every call is logged with
// its latency and the image's size and hash (never its pixels).
import { tf } from '@atlas/model-core';
import { json, parseWith, route } from '@atlas/service';
import { recordPrediction } from '@atlas/service/model/timed-predict';
import { dropAlpha } from '@atlas/data-pipeline';
import { z } from 'zod';
import { DEFAULT_KNOBS, filterDetections } from '../domain/filter';
import { prepareInput } from '../domain/image-input';
import { detectImages, type Detected } from '../domain/run-detector';
import { explainDetection } from '../domain/explain';
import { readUpload, type Upload } from './upload';
import { withModel, type ChosenModel } from './run-models';
import { DOMAIN } from './service';

const fieldsSchema = z.object({
  runId: z.string().min(1).max(100).optional(),
  minScore: z.coerce.number().min(0, 'must be 0 to 1').max(1, 'must be 0 to 1').default(DEFAULT_KNOBS.minScore),
  iou: z.coerce.number().min(0.05, 'must be 0.05 to 1').max(1, 'must be 0.05 to 1').default(DEFAULT_KNOBS.iou),
  detection: z.coerce.number().int('must be an integer').min(0, 'must be 0 or more').default(0),
});

const round = (x: number) => Math.round(x * 10) / 10;
const shown = (d: Detected, classes: readonly string[]) => ({
  label: classes[d.classId] ?? String(d.classId),
  classId: d.classId,
  score: Number(d.score.toFixed(4)),
  box: { x1: round(d.x1), y1: round(d.y1), x2: round(d.x2), y2: round(d.y2) },
});

const logged = (u: Upload) => ({ width: u.header.width, height: u.header.height, format: u.header.format, bytes: u.bytes, sha256: u.sha256 });

interface Detection {
  run: ChosenModel['run'];
  model: ChosenModel['model'];
  upload: Upload;
  fields: z.output<typeof fieldsSchema>;
  candidates: Detected[];
  detections: Detected[];
  started: number;
}

/** The shared first half of predict and explain: read and check the upload, pick the model, detect. */
function withDetection(handle: (d: Detection) => Response) {
  return route(async (req: Request) => {
    const upload = await readUpload(req);
    const fields = parseWith(fieldsSchema, upload.fields);
    const rgb = dropAlpha(upload.image);
    return withModel(fields.runId, ({ run, model }) => {
      const started = performance.now();
      const [candidates] = detectImages(model.detector, [rgb]);
      return handle({ run, model, upload, fields, candidates, detections: filterDetections(candidates, fields), started });
    });
  });
}

export const predictResponse = withDetection(({ run, model, upload, fields, candidates, detections, started }) => {
  const latencyMs = performance.now() - started;
  const { classes, inputSize } = model.detector.spec;
  recordPrediction(DOMAIN, run, upload, detections, latencyMs, { redact: logged, logOutput: (d) => d.map((x) => shown(x, classes)) });
  return json({
    runId: run.id,
    config: run.config,
    inputSize,
    classes,
    image: { width: upload.image.width, height: upload.image.height },
    knobs: { minScore: fields.minScore, iou: fields.iou },
    detections: detections.map((d) => shown(d, classes)),
    candidates: candidates.map((d) => shown(d, classes)),
    latencyMs: Number(latencyMs.toFixed(2)),
    backend: tf.getBackend(),
  });
});

export const explainResponse = withDetection(({ run, model, upload, fields, detections, started }) => {
  const target = detections[fields.detection];
  const { classes } = model.detector.spec;
  if (!target) {
    return json(
      { error: 'invalid_input', message: `detection: there are ${detections.length} detections at this confidence`, issues: [{ field: 'detection', reason: `only ${detections.length} detections` }] },
      { status: 400 },
    );
  }
  const heat = explainDetection(model.detector, prepareInput(upload.image, model.detector.spec.inputSize), target);
  const latencyMs = performance.now() - started;
  recordPrediction(DOMAIN, run, upload, target, latencyMs, { redact: logged, logOutput: (d) => ({ explained: shown(d, classes) }) });
  return json({ runId: run.id, config: run.config, detection: shown(target, classes), saliency: heat, latencyMs: Number(latencyMs.toFixed(1)) });
});
