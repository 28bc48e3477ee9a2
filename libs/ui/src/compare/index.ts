export type { CompareData, CompareDomainEntry, CompareRunData } from './compare-types';
export { compareRows, sortCompareRows, toCompareCsv, type CompareRow, type CompareSortKey } from './compare-rows';
export { normalizedAxes, NORMALIZED_AXES } from './normalized-axes';
export { CompareScatter, type ComparePoint, type CompareScatterProps } from './CompareScatter';
export { NormalizedBars } from './NormalizedBars';
export { ComparePage, type ComparePageProps } from './ComparePage';
