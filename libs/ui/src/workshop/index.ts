export { WorkshopApp, type WorkshopAppProps } from './WorkshopApp';
export { AtlasWorkshopPage } from './AtlasWorkshopPage';
export { formatCountdown, parseTeamNames, type AnswerData, type StationChallengeData, type TeamProgressData, type WorkshopResponse, type WorkshopViewData } from './workshop-types';
