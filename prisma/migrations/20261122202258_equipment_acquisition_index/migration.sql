-- CreateIndex
CREATE INDEX "Equipment_collectiviteId_acquiredOn_idx" ON "Equipment"("collectiviteId", "acquiredOn");
