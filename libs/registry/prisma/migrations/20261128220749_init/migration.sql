-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "domain" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "license" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "sha256" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ModelRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "domain" TEXT NOT NULL,
    "datasetId" TEXT,
    "modelKind" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "backend" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "metrics" JSONB,
    "tradeoffCard" JSONB,
    "artifactPath" TEXT,
    "artifactSha256" TEXT,
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ModelRun_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Prediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "redactedInput" JSONB NOT NULL,
    "output" JSONB NOT NULL,
    "latencyMs" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ModelRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "rating" INTEGER,
    "label" TEXT,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Feedback_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Dataset_domain_idx" ON "Dataset"("domain");

-- CreateIndex
CREATE INDEX "ModelRun_domain_active_idx" ON "ModelRun"("domain", "active");

-- CreateIndex
CREATE INDEX "ModelRun_domain_startedAt_idx" ON "ModelRun"("domain", "startedAt");

-- CreateIndex
CREATE INDEX "Prediction_runId_createdAt_idx" ON "Prediction"("runId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_predictionId_idx" ON "Feedback"("predictionId");

