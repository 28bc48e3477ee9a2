import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
// Through the two entries the apps use: the Node one and the browser-safe one.
import { ArtifactIntegrityError, loadArtifactFromUrl } from '../../src/artifacts/index';
import { loadArtifact, saveArtifact } from '../../src/artifacts/index.node';
import { measureModelSize } from '../../src/card/model-size';
import { buildDetector } from '../../src/models/detector/centernet';
import { buildMatrixFactorization } from '../../src/models/matrix-factorization';
import { buildTabularMlp } from '../../src/models/tabular-mlp';
import { buildTextClassifier } from '../../src/models/text-classifier';
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { exampleCard } from '../card/example-card';

let root: string;
beforeAll(async () => {
  expect((await initRuntime({ backend: 'wasm' })).backend).toBe('wasm');
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'artifact-round-trip-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

function cardFor(model: tf.LayersModel) {
  const { parameters, bytes } = measureModelSize(model);
  return exampleCard({ parameters, bytes });
}

const preprocess = { scaler: { mean: [0.5, -1.25], std: [2, 0.75] }, vocabulary: ['a', 'b'] };
const metrics = { roc_auc: 0.78, confusion: [[10, 2], [3, 9]] };

function predictValues(model: tf.LayersModel, input: tf.Tensor | tf.Tensor[]): Float32Array {
  return tf.tidy(() => (model.predict(input) as tf.Tensor).dataSync() as Float32Array).slice();
}

// One builder of each kind, custom layers (masked mean pooling, the global bias) and convolutions included.
const cases: [string, () => { model: tf.LayersModel; input: () => tf.Tensor | tf.Tensor[] }][] = [
  [
    'tabular MLP with an embedding',
    () => ({
      model: buildTabularMlp({ numericFeatures: 2, categorical: [{ name: 'region', cardinality: 4 }], target: { kind: 'binary' }, seed: 1 }).model,
      input: () => [tf.tensor2d([[0.1, -0.4], [1.5, 2]]), tf.tensor2d([[3], [0]], undefined, 'int32')],
    }),
  ],
  [
    'text embedding bag',
    () => ({
      model: buildTextClassifier({ vocabularySize: 40, maxTokens: 5, classes: 3, embeddingDim: 6, seed: 2 }).model,
      input: () => tf.tensor2d([[4, 9, 0, 0, 0], [1, 2, 3, 39, 7]], undefined, 'int32'),
    }),
  ],
  [
    'matrix factorization',
    () => ({
      model: buildMatrixFactorization({ users: 5, items: 6, factors: 3, globalMean: 3.5, seed: 3 }).model,
      input: () => [tf.tensor2d([[0], [4]], undefined, 'int32'), tf.tensor2d([[5], [1]], undefined, 'int32')],
    }),
  ],
  [
    'detector',
    () => ({
      model: buildDetector({ inputHeight: 16, inputWidth: 16, classes: 2, stageWidths: [4, 4], headWidth: 4, seed: 4 }).model,
      input: () => tf.randomUniform([1, 16, 16, 3], 0, 1, 'float32', 9),
    }),
  ],
];

describe.each(cases)('save and load: %s', (name, make) => {
  it('gives bit-identical predictions from disk and from a URL, with the same preprocessing, metrics and card', async () => {
    const { model, input } = make();
    // Every weight set away from its initial value, batch-norm statistics included (variances > 0).
    model.setWeights(model.getWeights().map((weight, index) => tf.randomUniform(weight.shape, 0.5, 1.5, 'float32', index)));
    const x = input();
    const expected = predictValues(model, x);
    const dir = path.join(root, name.replace(/\W+/g, '-'));
    const saved = await saveArtifact(dir, { model, preprocess, metrics, card: cardFor(model) });
    expect((await fs.readdir(dir)).sort()).toEqual(['card.json', 'manifest.json', 'metrics.json', 'model.json', 'preprocess.json', 'weights.bin']);

    const fromDisk = await loadArtifact(dir, { expectedSha256: saved.manifest.sha256 });
    expect(predictValues(fromDisk.model, x)).toEqual(expected);
    expect(fromDisk.preprocess).toEqual(preprocess);
    expect(fromDisk.metrics).toEqual(metrics);
    expect(fromDisk.card).toEqual(cardFor(model));

    const server = await serveFolder(dir);
    try {
      const fromUrl = await loadArtifactFromUrl(`${server.url}/`);
      expect(predictValues(fromUrl.model, x)).toEqual(expected);
      expect(fromUrl.manifest).toEqual(saved.manifest);
      // model.json and weights.bin are plain tfjs files: tf.loadLayersModel's own HTTP loader reads
      // them. (Its JSON is parsed here, in the test's realm: Jest's sandbox cannot iterate arrays that
      // Node's fetch parsed outside it.)
      const plain = await tf.loadLayersModel(`${server.url}/model.json`, { fetchFunc: sandboxFetch });
      expect(predictValues(plain, x)).toEqual(expected);
      plain.dispose();
      fromUrl.model.dispose();
    } finally {
      await server.close();
    }
    tf.dispose(x);
    model.dispose();
    fromDisk.model.dispose();
  });
});

const sandboxFetch = (async (input: RequestInfo | URL) => {
  const response = await fetch(input);
  const bytes = await response.arrayBuffer();
  const answer: Partial<Response> = {
    ok: response.ok,
    status: response.status,
    url: String(input),
    json: async () => JSON.parse(new TextDecoder().decode(bytes)) as unknown,
    arrayBuffer: async () => bytes,
  };
  return answer as Response;
}) as typeof fetch;

/** Serves one folder over HTTP on a free local port, as a static file server would. */
async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://localhost').pathname);
    fs.readFile(path.join(dir, name)).then(
      (data) => response.writeHead(200).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('integrity', () => {
  let dir: string;
  let model: tf.LayersModel;
  beforeAll(async () => {
    model = buildTabularMlp({ numericFeatures: 3, hidden: [4], target: { kind: 'binary' }, seed: 5 }).model;
    dir = path.join(root, 'integrity');
    await saveArtifact(dir, { model, preprocess, metrics, card: cardFor(model) });
  });
  afterAll(() => model.dispose());

  it('writes a manifest whose overall sha256 is that of the sha256sum listing of the files', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      files: { name: string; bytes: number; sha256: string }[];
      sha256: string;
    };
    const names = ['card.json', 'metrics.json', 'model.json', 'preprocess.json', 'weights.bin'];
    let listing = '';
    for (const name of names) {
      const data = await fs.readFile(path.join(dir, name));
      const digest = createHash('sha256').update(data).digest('hex');
      expect(manifest.files.find((file) => file.name === name)).toEqual({ name, bytes: data.length, sha256: digest });
      listing += `${digest}  ${name}\n`;
    }
    expect(manifest.sha256).toBe(createHash('sha256').update(listing).digest('hex'));
    // weights.bin holds exactly the model's weights, 4 bytes each.
    expect((await fs.stat(path.join(dir, 'weights.bin'))).size).toBe(measureModelSize(model).bytes);
  });

  it('refuses a folder whose files changed, and a sha256 other than the expected one', async () => {
    const copy = path.join(root, 'tampered');
    await fs.cp(dir, copy, { recursive: true });
    const metricsFile = path.join(copy, 'metrics.json');
    await fs.writeFile(metricsFile, (await fs.readFile(metricsFile, 'utf8')).replace('0.78', '0.99'));
    await expect(loadArtifact(copy)).rejects.toThrow(ArtifactIntegrityError);
    await expect(loadArtifact(copy)).rejects.toThrow(/metrics\.json does not match/);
    await expect(loadArtifact(dir, { expectedSha256: '0'.repeat(64) })).rejects.toThrow(/expected 0000/);
  });

  it('refuses a card that misstates the model size', async () => {
    const card = exampleCard({ parameters: 1, bytes: 4 });
    await expect(saveArtifact(path.join(root, 'lying-card'), { model, preprocess, metrics, card })).rejects.toThrow(/parameters/);
    await expect(fs.access(path.join(root, 'lying-card'))).rejects.toThrow();
  });

  it('answers an HTTP error with the failing URL', async () => {
    const server = await serveFolder(path.join(root, 'no-such-folder'));
    try {
      await expect(loadArtifactFromUrl(server.url)).rejects.toThrow(/manifest\.json answered 404/);
    } finally {
      await server.close();
    }
  });
});
