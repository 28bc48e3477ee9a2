// POST /api/predict and POST /api/explain. Both validate the application against the active model
// (400 naming the field), score it through the model service, and log it to the registry with its
// latency and a coarsened copy of the input. Explain adds the reasons, the what-if, and the points of
// the latest scorecard.
import { json, parseJsonBody, parseWith, redactInputPii, route, timedPredict, timedPredictBatched } from '@atlas/service';
import { z } from 'zod';
import type { CreditApplication } from '../domain/features';
import type { ScoreRequest } from './request-schema';
import { requestSchemaFor } from './request-schema';
import { redactApplication } from '../domain/redaction';
import { whatIf } from '../domain/what-if';
import type { LoadedCreditModel } from './load-model';
import { scorecardFor } from './scorecard-companion';
import { models } from './service';

async function readRequest(req: Request): Promise<{ body: ScoreRequest; taiwan: boolean }> {
  const raw = await parseJsonBody(req, z.unknown());
  const { model } = await models.require();
  const preprocess = model.predictor.preprocess;
  return { body: parseWith(requestSchemaFor(preprocess), raw), taiwan: preprocess.schema.kind === 'taiwan-credit' };
}

function redactorFor(taiwan: boolean) {
  return (input: ScoreRequest) => ({
    application: taiwan ? redactApplication(input.application as CreditApplication) : redactInputPii(input.application),
    cutoff: input.cutoff ?? null,
  });
}

const roundPd = (pd: number) => Number(pd.toFixed(6));

/** One model call for a batch of requests, each decided at its own cutoff. */
const decideMany = (m: LoadedCreditModel, xs: ScoreRequest[]) =>
  m.predictor.pds(xs.map((x) => x.application)).map((pd, i) => m.predictor.decisionOf(pd, xs[i].cutoff));

export const predictResponse = route(async (req: Request) => {
  const { body, taiwan } = await readRequest(req);
  // Concurrent requests share one model call (bounded 2 ms wait); each keeps its own cutoff and log row.
  const { output, latencyMs, run } = await timedPredictBatched(models, body, decideMany, {
    redact: redactorFor(taiwan),
    logOutput: (d) => ({ pd: roundPd(d.pd), approved: d.approved, grade: d.grade.grade }),
  });
  return json({ ...output, latencyMs, runId: run.id, config: run.config });
});

export const explainResponse = route(async (req: Request) => {
  const { body, taiwan } = await readRequest(req);
  const { output, latencyMs, run } = await timedPredict(
    models,
    body,
    (m: LoadedCreditModel, x) => {
      // The score alone, timed apart from the explanation and the what-if (the browser switch compares it).
      const started = performance.now();
      m.predictor.pds([x.application]);
      const scoreMs = performance.now() - started;
      const explanation = m.predictor.explain(x.application, x.cutoff);
      const cutoff = explanation.cutoff;
      const answer = taiwan
        ? whatIf(x.application as CreditApplication, (apps) => m.predictor.pds(apps), cutoff)
        : null;
      return { ...explanation, whatIf: answer, scoreMs };
    },
    { redact: redactorFor(taiwan), logOutput: (d) => ({ pd: roundPd(d.pd), approved: d.approved, grade: d.grade.grade, reasons: d.reasons.map((r) => r.group) }) },
  );
  const scorecard = taiwan ? await scorecardFor(body.application as CreditApplication) : null;
  return json({ ...output, scorecardPoints: scorecard, latencyMs, runId: run.id, config: run.config });
});
