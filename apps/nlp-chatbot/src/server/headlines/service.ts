// Serving the headline classifier: its own model service over the 'nlp-chatbot-headlines' runs, and
// POST /api/headlines/predict (15 category probabilities, logged with the redacted text). Node only.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { createModelService, json, parseJsonBody, processSingleton, route, timedPredict } from '@atlas/service';
import { z } from 'zod';
import { headlinePreprocessSchema, headlineProbabilities, type HeadlineMetrics, type HeadlinePreprocess } from '../../domain/headlines';
import { HEADLINES_DOMAIN } from './trainer';

async function loadHeadlineModel(dir: string, expectedSha256: string | null) {
  await initRuntime();
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  const preprocess = headlinePreprocessSchema.parse(artifact.preprocess) as unknown as HeadlinePreprocess;
  return { model: artifact.model, preprocess, metrics: artifact.metrics as unknown as HeadlineMetrics };
}

export const headlineModels = processSingleton('nlp-chatbot:headline-models', () =>
  createModelService({ domain: HEADLINES_DOMAIN, app: 'nlp-chatbot', load: (dir, { expectedSha256 }) => loadHeadlineModel(dir, expectedSha256), dispose: (m) => {
    m.model.dispose();
  } }),
);

const HeadlineRequest = z.strictObject({ text: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters') });

export const headlinePredictResponse = route(async (req: Request) => {
  const body = await parseJsonBody(req, HeadlineRequest);
  const { output, latencyMs, run } = await timedPredict(headlineModels, body, (m, x) => headlineProbabilities(m.model, m.preprocess, x.text), {
    logOutput: (o) => ({ top: o[0].code, probability: o[0].probability }),
  });
  return json({ categories: output, latencyMs, runId: run.id });
});

/** The active headline model's metrics for the page, or null. */
export async function activeHeadlines(): Promise<{ runId: string; metrics: HeadlineMetrics } | null> {
  const loaded = await headlineModels.current().catch(() => null);
  return loaded ? { runId: loaded.run.id, metrics: loaded.model.metrics } : null;
}
