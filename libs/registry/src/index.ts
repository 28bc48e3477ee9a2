// @atlas/registry: model runs, predictions, feedback, conversations, interactions and workshops in SQLite (default) or PostgreSQL.
// Server-only: it opens database connections and spawns the Prisma CLI for migrations.
export { atlasHome, databaseConfig, repoRoot, type DatabaseConfig, type DatabaseProvider } from './config';
export { disconnectPrisma, getPrisma, SQLITE_BUSY_TIMEOUT_MS, type RegistryClient } from './client';
export { migrate, type MigrateResult } from './migrate';
export { checkDatabase, healthReport, readActiveModel, type HealthBody, type HealthInput } from './health';
export { createRun, deleteRun, finishRun, getRun, listRuns, promoteRun } from './runs';
export { addFeedback, hashInput, listFeedback, listPredictions, logPrediction } from './predictions';
export { logPredictions } from './prediction-batch';
export { getDataset, upsertDataset } from './datasets';
export { appendMessage, createConversation, createTicket, getConversation, listConversations, listTickets } from './conversations';
export { listInteractions, saveInteraction } from './interactions';
export {
  createWorkshop,
  getWorkshop,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinWorkshop,
  listWorkshopAnswers,
  saveWorkshopAnswer,
  updateWorkshop,
} from './workshops';
export { describeDatabaseError, NOT_MIGRATED, RegistryError, type RegistryErrorCode } from './errors';
export * from './schemas';
export type * from './records';
