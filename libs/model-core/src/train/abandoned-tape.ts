import { tf } from '../tf';

interface EngineTapeState {
  gradientDepth: number;
  activeTape: { saved?: tf.Tensor[] }[] | null;
}

/**
 * Frees what a gradient computation kept when its forward function threw. tfjs 4.22 keeps clones of
 * the forward activations on the engine's gradient tape and frees them only after the backward pass,
 * so a loss that throws would leak a whole batch of activations. Reads engine internals, guarded:
 * if their shape ever changes this does nothing.
 */
export function releaseAbandonedTape(): void {
  const state = (tf.engine() as unknown as { state?: Partial<EngineTapeState> }).state;
  if (!state || state.gradientDepth !== 0 || !Array.isArray(state.activeTape)) return;
  for (const node of state.activeTape) {
    for (const tensor of node.saved ?? []) tensor.dispose();
  }
  state.activeTape = null;
}
