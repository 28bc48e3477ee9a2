import { flushPredictionLogs } from '@atlas/service';
import { listPredictions } from '@atlas/registry';
import { POST as explain } from '../app/api/explain/route';
import { POST as predict } from '../app/api/predict/route';
import { jobs, models } from '../src/server/service';
import { browserFormRequest, formRequest, jpegBytes, pngBytes } from './helpers/images';
import { useTrainedHome } from './helpers/trained-home';

const state = useTrainedHome(['fast-160', 'balanced-224']);

// The background prediction log must be written while this file's registry exists, and its 20 ms
// timer must fire before Jest tears the globals down.
afterEach(async () => {
  await flushPredictionLogs();
  await new Promise((resolve) => setTimeout(resolve, 60));
});
afterAll(async () => {
  await jobs.close();
  await models.close();
});

async function expectRefusal(res: Response, status: number, field: string, message: RegExp) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.issues?.[0]?.field ?? null).toBe(field);
  expect(body.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/\/tmp|node_modules|at .*\(/);
}

describe('POST /api/predict', () => {
  it('detects on a PNG upload with every candidate, the filtered boxes and the latency, and logs it without pixels', async () => {
    const res = await predict(formRequest('/api/predict', { image: pngBytes(64, 48), minScore: '0.05', iou: '0.5' }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.runId).toBe(state.outcomes['fast-160'].runId);
    expect(body).toMatchObject({ config: 'fast-160', inputSize: 160, image: { width: 64, height: 48 }, classes: ['trafficlight', 'stop', 'speedlimit', 'crosswalk'] });
    expect(body.backend).toBe('wasm');
    expect(body.latencyMs).toBeGreaterThan(0);
    expect(body.detections.length).toBeLessThanOrEqual(body.candidates.length);
    for (const d of body.candidates) {
      expect(d.score).toBeGreaterThanOrEqual(0.05);
      expect(d.box.x1).toBeGreaterThanOrEqual(0);
      expect(d.box.x2).toBeLessThanOrEqual(64);
    }
    await flushPredictionLogs();
    const [logged] = await listPredictions(body.runId, { limit: 1 });
    expect(logged.redactedInput).toMatchObject({ width: 64, height: 48, format: 'png' });
    expect(JSON.stringify(logged.redactedInput).length).toBeLessThan(400);
  });

  it('reads a browser’s multipart body, whose boundary is mixed-case', async () => {
    const res = await predict(browserFormRequest('/api/predict', pngBytes(32, 32)), undefined);
    expect(res.status).toBe(200);
    expect((await res.json()).image).toEqual({ width: 32, height: 32 });
  });

  it('accepts a raw JPEG body, and a chosen run (another configuration)', async () => {
    const id = state.outcomes['balanced-224'].runId as string;
    const res = await predict(new Request(`http://localhost/api/predict?runId=${id}`, { method: 'POST', body: jpegBytes() as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'image/jpeg' } }), undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ runId: id, config: 'balanced-224', inputSize: 224 });
  });

  it('refuses bad input with a 4xx that names the problem', async () => {
    const bomb = pngBytes(1, 1);
    new DataView(bomb.buffer).setUint32(16, 40_000);
    new DataView(bomb.buffer).setUint32(20, 40_000);
    await expectRefusal(await predict(formRequest('/api/predict', { image: bomb }), undefined), 413, 'image', /40000x40000 pixels/);
    await expectRefusal(await predict(formRequest('/api/predict', { image: new TextEncoder().encode('GIF89a') }), undefined), 415, 'image', /PNG and JPEG/);
    await expectRefusal(await predict(formRequest('/api/predict', { picture: pngBytes() }), undefined), 400, 'image', /field named "image"/);
    await expectRefusal(await predict(formRequest('/api/predict', { image: pngBytes().subarray(0, 40) }), undefined), 400, 'image', /could not be decoded/);
    await expectRefusal(await predict(formRequest('/api/predict', { image: pngBytes(), minScore: '2' }), undefined), 400, 'minScore', /must be 0 to 1/);
    await expectRefusal(await predict(formRequest('/api/predict', { image: pngBytes(), runId: 'nope' }), undefined), 404, 'runId', /no trained vision-detect run/);
    const json = new Request('http://localhost/api/predict', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await expectRefusal(await predict(json, undefined), 415, 'image', /multipart\/form-data/);
    const big = new Request('http://localhost/api/predict', { method: 'POST', body: new Uint8Array(6 * 1024 * 1024), headers: { 'content-type': 'image/png' } });
    await expectRefusal(await predict(big, undefined), 413, 'image', /limit (is|of) 5242880/);
  });
});

describe('POST /api/explain', () => {
  it('returns occlusion saliency for a detection, or 400 naming the detection when there is none', async () => {
    const res = await explain(formRequest('/api/explain', { image: pngBytes(64, 48), minScore: '0', iou: '1', detection: '0' }), undefined);
    const body = await res.json();
    if (res.status === 200) {
      expect(body.saliency.values).toHaveLength(body.saliency.rows * body.saliency.cols);
      expect(Math.max(...body.saliency.values)).toBeLessThanOrEqual(1);
    } else {
      expect(res.status).toBe(400);
      expect(body.issues[0].field).toBe('detection');
    }
    const none = await explain(formRequest('/api/explain', { image: pngBytes(64, 48), minScore: '1', detection: '0' }), undefined);
    expect(none.status).toBe(400);
    expect((await none.json()).issues[0].field).toBe('detection');
  });
});
