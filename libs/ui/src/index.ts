export * from './domains';
export * from './navigation';
export * from './overview';
export * from './primitives';
export { AtlasShell, type AtlasShellProps } from './shell/AtlasShell';
export { AtlasDocument } from './shell/AtlasDocument';
export { DomainSwitcher } from './shell/DomainSwitcher';
export { PageNav } from './shell/PageNav';
export { ThemeToggle, themeInitScript } from './shell/ThemeToggle';
export { OverviewPage, type ActiveModelSummary } from './pages/OverviewPage';
export {
  ActiveTradeoffSection,
  ModelCardPage,
  NoModelPage,
  PageIntro,
  PageSection,
  TrainComparePage,
  type ModelCardPageProps,
  type TrainComparePageProps,
} from './pages/DomainPageParts';
export { atlasLayout, atlasMetadata } from './shell/atlasLayout';
export * from './charts';
export * from './cards';
export * from './training';
export * from './compare';
export * from './tour';
export * from './workshop';
export { useBrowserModelRun, type BrowserModelRunOptions } from './browser/use-browser-model-run';
