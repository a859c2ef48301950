-- CreateEnum
CREATE TYPE "AccessTechnology" AS ENUM ('FIBRE_FTTO', 'FIBRE_FTTH', 'CUIVRE', 'RADIO', 'SATELLITE');

-- CreateEnum
CREATE TYPE "NetworkMeasureKind" AS ENUM ('DEBIT_DESCENDANT', 'DEBIT_MONTANT', 'SALLES', 'SALLES_WIFI');

-- CreateTable
CREATE TABLE "NetworkProfile" (
    "id" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "accessTechnology" "AccessTechnology",
    "downKbps" INTEGER,
    "upKbps" INTEGER,
    "operator" TEXT,
    "contractEndsOn" DATE,
    "backupLink" TEXT,
    "backboneMbps" INTEGER,
    "lastAuditOn" DATE,
    "teachingRooms" INTEGER,
    "wifiRooms" INTEGER,
    "filteringSolution" TEXT,
    "filteringParty" "ConventionParty",
    "entName" TEXT,
    "entGroupement" TEXT,
    "entSince" DATE,
    "garEnabled" BOOLEAN,
    "messaging" TEXT,
    "source" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NetworkProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMeasure" (
    "id" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "kind" "NetworkMeasureKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,

    CONSTRAINT "NetworkMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkThresholds" (
    "collectiviteId" TEXT NOT NULL,
    "kbpsPerPupil" INTEGER NOT NULL,
    "criticalMbps" INTEGER NOT NULL,
    "targetMbps" INTEGER NOT NULL,
    "highMbps" INTEGER NOT NULL,
    "wifiCoveragePct" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedByName" TEXT,

    CONSTRAINT "NetworkThresholds_pkey" PRIMARY KEY ("collectiviteId")
);

-- CreateIndex
CREATE UNIQUE INDEX "NetworkProfile_etablissementId_key" ON "NetworkProfile"("etablissementId");

-- CreateIndex
CREATE INDEX "NetworkProfile_collectiviteId_idx" ON "NetworkProfile"("collectiviteId");

-- CreateIndex
CREATE INDEX "NetworkMeasure_etablissementId_kind_recordedAt_idx" ON "NetworkMeasure"("etablissementId", "kind", "recordedAt");

-- AddForeignKey
ALTER TABLE "NetworkProfile" ADD CONSTRAINT "NetworkProfile_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkProfile" ADD CONSTRAINT "NetworkProfile_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeasure" ADD CONSTRAINT "NetworkMeasure_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkThresholds" ADD CONSTRAINT "NetworkThresholds_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
