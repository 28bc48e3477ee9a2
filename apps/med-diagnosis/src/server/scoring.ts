// POST /api/predict and /api/explain: a task and a patient -> the calibrated risk with its interval
// (explain adds the contributing factors). Every prediction is logged with its latency and the
// patient's measurements rounded (no identifiers are ever accepted: the schema is strict). latencyMs is
// the whole request on the server (model lookup included), modelMs the model call alone.
import { json, parseJsonBody, queuePredictionLog, route } from '@atlas/service';
import { predictiveValues } from '../domain/clinical';
import { hashPatient, redactPatient } from '../domain/redaction';
import { PredictRequestSchema } from '../domain/schema';
import type { RawFeatures } from '../domain/features';
import { withTaskModel } from './service';

async function score(req: Request, explain: boolean): Promise<Response> {
  const body = await parseJsonBody(req, PredictRequestSchema);
  const patient = body.patient as RawFeatures;
  const started = performance.now();
  const answer = await withTaskModel(body.task, (m, run) => {
    const computeStarted = performance.now();
    const prediction = m.predictor.predict(patient, { explain });
    const modelMs = performance.now() - computeStarted;
    const threshold = body.threshold ?? 0.5;
    const point = m.metrics.thresholds.reduce((best, p) => (Math.abs(p.threshold - threshold) < Math.abs(best.threshold - threshold) ? p : best), m.metrics.thresholds[0]);
    const decision = {
      threshold,
      flagged: prediction.risk >= threshold,
      sensitivity: point.sensitivity,
      specificity: point.specificity,
      ...predictiveValues(point, m.metrics.cv.prevalence),
    };
    return { ...prediction, ...(explain ? {} : { factors: undefined }), decision, runId: run.id, config: run.config, modelMs };
  });
  const latencyMs = performance.now() - started;
  // Batched with every other prediction log of this process: one INSERT per batch, none lost.
  queuePredictionLog({
    domain: 'med-diagnosis',
    runId: answer.runId,
    inputHash: hashPatient(body.task, patient),
    redactedInput: redactPatient(body.task, patient),
    output: { risk: Number(answer.risk.toFixed(4)), flagged: answer.decision.flagged },
    latencyMs,
  });
  return json({ ...answer, latencyMs });
}

export const predictResponse = route((req) => score(req, false));
export const explainResponse = route((req) => score(req, true));
