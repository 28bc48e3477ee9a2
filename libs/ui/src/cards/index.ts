export { qualityGain, relativeQualityGain, type LatencyData, type TradeoffCardData } from './tradeoff-types';
export { TradeoffCard, type TradeoffCardProps } from './TradeoffCard';
export { MetricWithCi, type MetricWithCiProps } from './MetricWithCi';
export type { ModelCardData, ModelCardMetric, QuantitativeAnalysis } from './model-card-types';
export { ModelCardView } from './ModelCardView';
export { SampleDataBanner, type SampleDataBannerProps } from './SampleDataBanner';
