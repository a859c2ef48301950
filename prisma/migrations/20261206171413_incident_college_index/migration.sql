-- CreateIndex
CREATE INDEX "Incident_etablissementId_reportedAt_idx" ON "Incident"("etablissementId", "reportedAt");
