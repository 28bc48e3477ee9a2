// The tradeoff card: its zod schema and the measurements that fill it.
export {
  TASK_KINDS,
  confidenceIntervalSchema,
  latencySchema,
  parseTradeoffCard,
  tradeoffCardSchema,
  type LatencyEntry,
  type TaskKind,
  type TradeoffCard,
  type TradeoffCardInput,
} from './card-schema';
export {
  measureLatency,
  measurePredictLatency,
  percentile,
  summarizeLatencies,
  toLatencyEntry,
  type LatencyOptions,
  type LatencySummary,
} from './latency';
export { measureModelSize, type ModelSize } from './model-size';
