export {
  createCoalescer,
  DEFAULT_MAX_BATCH,
  DEFAULT_MAX_WAIT_MS,
  type CoalescerOptions,
  type CoalescerStats,
  type PredictionCoalescer,
} from './coalescer';
export { predictRows } from './predict-rows';
