export { TOUR_STEPS, type TourStep, type TourTopic } from './tour-steps';
export { TOUR_PARAM, TOUR_STORAGE_KEY, formatTourParam, isOnStepPage, parseTourParam, stepHref, withTourParam, type TourState } from './tour-state';
export { setTourState, useTourState } from './tour-store';
export { TourBar, TourPanel, type TourBarProps } from './TourBar';
