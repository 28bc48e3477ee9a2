// POST /api/predict and POST /api/explain: the intent of one message at the active model (and the
// knobs, if given), logged to the registry with its latency and the redacted text; explain adds
// per-word attributions for the best (or a chosen) intent.
import { HttpError, json, parseJsonBody, route, timedPredict } from '@atlas/service';
import { assistantTurn, loggedTurn } from './assistant';
import { ExplainRequest, PredictRequest } from './request-schema';
import { models } from './service';

export const predictResponse = route(async (req: Request) => {
  const body = await parseJsonBody(req, PredictRequest);
  const { output, latencyMs, run } = await timedPredict(models, body, (m, x) => assistantTurn(m, x), { logOutput: loggedTurn });
  return json({ ...output, latencyMs, runId: run.id, config: run.config });
});

export const explainResponse = route(async (req: Request) => {
  const body = await parseJsonBody(req, ExplainRequest);
  const { output, latencyMs, run } = await timedPredict(
    models,
    body,
    (m, x) => {
      if (x.intent !== undefined && !m.predictor.preprocess.labels.includes(x.intent)) {
        throw new HttpError(400, { error: 'invalid_input', message: `intent: unknown intent "${x.intent}"`, issues: [{ field: 'intent', reason: 'unknown intent' }] });
      }
      const turn = assistantTurn(m, { text: x.text });
      const intent = x.intent ?? turn.decision.intent;
      const explanation = m.predictor.explain(x.text, intent);
      return { ...turn, explained: intent, words: explanation.words.map((w) => ({ ...w, attribution: Number(w.attribution.toFixed(5)) })), completenessGap: Number(explanation.completenessGap.toFixed(5)) };
    },
    { logOutput: (o) => ({ ...loggedTurn(o), explained: o.explained }) },
  );
  return json({ ...output, latencyMs, runId: run.id, config: run.config });
});
