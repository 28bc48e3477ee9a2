// Federated averaging (McMahan et al. 2017, "Communication-Efficient Learning of Deep Networks from
// Decentralized Data") over simulated clients in one process, optionally with differential privacy
// at one of two levels (see the README's privacy section for the threat model of each):
//
// - client level (DP-FedAvg, McMahan et al. 2018, "Learning Differentially Private Recurrent
//   Language Models"): each round every client joins with probability q; each joining client's
//   update (local weights minus global weights) is clipped to L2 norm S; the server adds
//   N(0, (sigma S)^2) to the sum and divides by the expected number of clients q K. Updates are
//   weighted equally, since a size-weighted average would let one client's weight exceed the bound.
//   The accountant composes one sampled Gaussian mechanism with rate q per round; the protected unit
//   is a client's whole data set.
// - example level: each client trains with DP-SGD (Poisson rate B / n_k, clip C, noise sigma C).
//   Each example lives at exactly one client, so the release (every round's global model) is as
//   private as the least private client's run: the reported epsilon is the maximum over clients of
//   their composed local steps. The server's aggregation is then ordinary weighted FedAvg.
import { tf } from '../../tf';
import type { ClippingStrategy, PerExampleLoss } from '../clipped-gradients';
import { createDpSgdStep } from '../dp-sgd';
import { poissonSample } from '../batch-sampling';
import { shuffleInPlace } from '../../seeded-random';
import { createStandardNormal, createUniform, gaussianArray, type UniformSource } from '../random-sources';
import { RdpAccountant } from '../rdp-accountant';
import type { RdpConversion } from '../rdp-conversion';
import { trainLocalEpochs } from './local-training';

export interface ClientDataset {
  /** Feature rows (or a tensor whose first axis is the rows). */
  x: number[][] | tf.Tensor;
  /** Targets: one number per row (becomes [n, 1]), rows of numbers (e.g. one-hot), or a tensor. */
  y: number[] | number[][] | tf.Tensor;
}

export interface ClientLevelDp {
  level: 'client';
  /** S: the L2 bound on one client's update. */
  clipNorm: number;
  noiseMultiplier: number;
  delta: number;
}

export interface ExampleLevelDp {
  level: 'example';
  /** C: the L2 bound on one example's gradient inside local DP-SGD. */
  l2NormClip: number;
  noiseMultiplier: number;
  delta: number;
  strategy?: ClippingStrategy | 'auto';
}

export interface FedAvgOptions {
  clients: readonly ClientDataset[];
  rounds: number;
  /** E: local epochs per round. */
  localEpochs: number;
  /** B: local batch size (the expected one under example-level DP). */
  localBatchSize: number;
  /** A fresh local optimizer for each client in each round, e.g. () => tf.train.sgd(0.1). */
  createOptimizer: () => tf.Optimizer;
  lossFn: PerExampleLoss;
  /**
   * Share of clients per round (default 1). Without client-level DP, round(fraction K) clients are
   * drawn without replacement; with it, each client joins independently with this probability.
   */
  clientFraction?: number;
  privacy?: ClientLevelDp | ExampleLevelDp;
  conversion?: RdpConversion;
  /** Seeds client selection, local shuffling and noise: reproducible, and therefore not private. */
  seed?: number;
  /** Metrics of the global model after each round (e.g. held-out accuracy). */
  evaluate?: (model: tf.LayersModel) => Record<string, number>;
  onRound?: (event: FedAvgRoundEvent) => void;
  signal?: AbortSignal;
}

export interface FedAvgRoundMetrics {
  round: number;
  /** Indices of the clients whose updates were aggregated. */
  participants: number[];
  /** Mean local training loss, weighted by client size. */
  trainLoss: number;
  /** Epsilon spent so far (DP runs only). */
  epsilon?: number;
  metrics: Record<string, number>;
}

export interface FedAvgRoundEvent extends FedAvgRoundMetrics {
  rounds: number;
}

export interface FedAvgPrivacyReport {
  level: 'client' | 'example';
  epsilon: number;
  delta: number;
  /** Epsilon by the classic RDP conversion. */
  epsilonClassic: number;
  noiseMultiplier: number;
  /** Client level: the client sampling rate; example level: the largest local rate B / n_k. */
  samplingRate: number;
  /** Client level: rounds; example level: local steps of the client with the largest epsilon. */
  steps: number;
}

export interface FedAvgResult {
  /** Copies of the final global weights (the model holds them too); the caller disposes them. */
  weights: tf.Tensor[];
  history: FedAvgRoundMetrics[];
  privacy?: FedAvgPrivacyReport;
}

interface ClientTensors {
  x: tf.Tensor;
  y: tf.Tensor;
  size: number;
  owned: boolean;
}

function toTensors(client: ClientDataset): ClientTensors {
  const x = client.x instanceof tf.Tensor ? client.x : tf.tensor2d(client.x as number[][]);
  let y: tf.Tensor;
  if (client.y instanceof tf.Tensor) {
    y = client.y;
  } else if (client.y.length > 0 && Array.isArray(client.y[0])) {
    y = tf.tensor2d(client.y as number[][]);
  } else {
    y = tf.tensor2d(client.y as number[], [client.y.length, 1]);
  }
  if (x.shape[0] !== y.shape[0]) throw new RangeError('A client has different numbers of feature and target rows.');
  return { x, y, size: x.shape[0], owned: !(client.x instanceof tf.Tensor) };
}

function cloneAll(tensors: tf.Tensor[]): tf.Tensor[] {
  return tensors.map((tensor) => tensor.clone());
}

function chooseParticipants(count: number, options: FedAvgOptions, uniform: UniformSource): number[] {
  const fraction = options.clientFraction ?? 1;
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`clientFraction must lie in (0, 1]; got ${fraction}.`);
  if (options.privacy?.level === 'client') return poissonSample(count, fraction, uniform);
  const take = Math.max(1, Math.round(fraction * count));
  const everyone = Array.from({ length: count }, (_, index) => index);
  return take === count ? everyone : shuffleInPlace(everyone, uniform).slice(0, take).sort((a, b) => a - b);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Trains `model` (the global model, in place) by federated averaging over the clients. */
export async function federatedAveraging(model: tf.LayersModel, options: FedAvgOptions): Promise<FedAvgResult> {
  if (options.clients.length === 0) throw new RangeError('Federated averaging needs at least one client.');
  const clients = options.clients.map(toTensors);
  const uniform = createUniform(options.seed);
  const privacy = options.privacy;
  const serverNormal = createStandardNormal(createUniform(options.seed === undefined ? undefined : options.seed ^ 0x27d4eb2f));
  const clientFraction = options.clientFraction ?? 1;
  const serverAccountant = new RdpAccountant();
  const clientAccountants = clients.map(() => new RdpAccountant());
  const history: FedAvgRoundMetrics[] = [];

  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('Federated averaging was aborted.');
      const participants = chooseParticipants(clients.length, options, uniform);
      const global = cloneAll(model.getWeights());
      let aggregate: tf.Tensor[] = global.map((weight) => tf.zerosLike(weight));
      let weightTotal = 0;
      let lossTotal = 0;
      let lossWeight = 0;

      for (const clientIndex of participants) {
        const client = clients[clientIndex];
        model.setWeights(global);
        const optimizer = options.createOptimizer();
        let localLoss: number;
        if (privacy?.level === 'example') {
          localLoss = runLocalDpSgd(model, client, optimizer, options, privacy, uniform, clientAccountants[clientIndex]);
        } else {
          localLoss = trainLocalEpochs(model, client.x, client.y, {
            lossFn: options.lossFn,
            optimizer,
            epochs: options.localEpochs,
            batchSize: options.localBatchSize,
            uniform,
          });
        }
        optimizer.dispose();
        lossTotal += localLoss * client.size;
        lossWeight += client.size;

        const local = model.getWeights();
        const next = tf.tidy(() => {
          if (privacy?.level === 'client') {
            const update = local.map((weight, position) => tf.sub(weight, global[position]));
            const norm = tf.sqrt(tf.addN(update.map((part) => tf.sum(tf.square(part)))));
            const factor = tf.minimum(tf.scalar(1), tf.div(tf.scalar(privacy.clipNorm), tf.maximum(norm, tf.scalar(1e-12))));
            return aggregate.map((sum, position) => tf.add(sum, tf.mul(update[position], factor)));
          }
          return aggregate.map((sum, position) => tf.add(sum, tf.mul(local[position], tf.scalar(client.size))));
        });
        tf.dispose(aggregate);
        aggregate = next;
        weightTotal += client.size;
      }

      const newGlobal = tf.tidy(() => {
        if (privacy?.level === 'client') {
          const expectedClients = clientFraction * clients.length;
          const stdDev = privacy.noiseMultiplier * privacy.clipNorm;
          return global.map((weight, position) => {
            const noise = tf.tensor(gaussianArray(weight.size, stdDev, serverNormal), weight.shape, 'float32');
            return tf.add(weight, tf.div(tf.add(aggregate[position], noise), tf.scalar(expectedClients)));
          });
        }
        // No participant (possible only under Poisson client sampling): keep the global model.
        if (weightTotal === 0) return cloneAll(global);
        return aggregate.map((sum) => tf.div(sum, tf.scalar(weightTotal)));
      });
      model.setWeights(newGlobal);
      tf.dispose([...global, ...aggregate, ...newGlobal]);

      let epsilon: number | undefined;
      if (privacy?.level === 'client') {
        serverAccountant.compose(clientFraction, privacy.noiseMultiplier, 1);
        epsilon = serverAccountant.getEpsilon(privacy.delta, options.conversion);
      } else if (privacy?.level === 'example') {
        epsilon = Math.max(...clientAccountants.map((accountant) => accountant.getEpsilon(privacy.delta, options.conversion)));
      }
      const entry: FedAvgRoundMetrics = {
        round,
        participants,
        trainLoss: lossWeight > 0 ? lossTotal / lossWeight : Number.NaN,
        ...(epsilon === undefined ? {} : { epsilon }),
        metrics: options.evaluate ? options.evaluate(model) : {},
      };
      history.push(entry);
      options.onRound?.({ ...entry, rounds: options.rounds });
      await yieldToEventLoop();
    }
  } finally {
    tf.dispose(clients.filter((client) => client.owned).flatMap((client) => [client.x, client.y]));
  }

  return {
    weights: cloneAll(model.getWeights()),
    history,
    ...(privacy ? { privacy: privacyReport(privacy, clients, options, serverAccountant, clientAccountants) } : {}),
  };
}

function runLocalDpSgd(
  model: tf.LayersModel,
  client: ClientTensors,
  optimizer: tf.Optimizer,
  options: FedAvgOptions,
  privacy: ExampleLevelDp,
  uniform: UniformSource,
  accountant: RdpAccountant,
): number {
  const q = Math.min(1, options.localBatchSize / client.size);
  const steps = Math.ceil((options.localEpochs * client.size) / options.localBatchSize);
  const step = createDpSgdStep(model, {
    lossFn: options.lossFn,
    optimizer,
    l2NormClip: privacy.l2NormClip,
    noiseMultiplier: privacy.noiseMultiplier,
    expectedBatchSize: q * client.size,
    strategy: privacy.strategy,
    seed: options.seed === undefined ? undefined : Math.floor(uniform() * 4294967296),
  });
  let lossTotal = 0;
  for (let index = 0; index < steps; index += 1) {
    const rows = poissonSample(client.size, q, uniform);
    const [xBatch, yBatch] = tf.tidy(() => {
      const picked = tf.tensor1d(rows, 'int32');
      return [tf.gather(client.x, picked), tf.gather(client.y, picked)];
    });
    lossTotal += step(xBatch, yBatch).meanLoss;
    tf.dispose([xBatch, yBatch]);
  }
  accountant.compose(q, privacy.noiseMultiplier, steps);
  return steps > 0 ? lossTotal / steps : 0;
}

function privacyReport(
  privacy: ClientLevelDp | ExampleLevelDp,
  clients: ClientTensors[],
  options: FedAvgOptions,
  serverAccountant: RdpAccountant,
  clientAccountants: RdpAccountant[],
): FedAvgPrivacyReport {
  if (privacy.level === 'client') {
    const spent = serverAccountant.getPrivacySpent(privacy.delta, options.conversion);
    return {
      level: 'client',
      epsilon: spent.epsilon,
      delta: privacy.delta,
      epsilonClassic: spent.epsilonClassic,
      noiseMultiplier: privacy.noiseMultiplier,
      samplingRate: options.clientFraction ?? 1,
      steps: serverAccountant.steps,
    };
  }
  let worst = 0;
  clientAccountants.forEach((accountant, index) => {
    if (accountant.getEpsilon(privacy.delta, options.conversion) > clientAccountants[worst].getEpsilon(privacy.delta, options.conversion)) {
      worst = index;
    }
  });
  const spent = clientAccountants[worst].getPrivacySpent(privacy.delta, options.conversion);
  return {
    level: 'example',
    epsilon: spent.epsilon,
    delta: privacy.delta,
    epsilonClassic: spent.epsilonClassic,
    noiseMultiplier: privacy.noiseMultiplier,
    samplingRate: Math.max(...clients.map((client) => Math.min(1, options.localBatchSize / client.size))),
    steps: clientAccountants[worst].steps,
  };
}
