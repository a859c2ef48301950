-- CreateEnum
CREATE TYPE "NetworkSuggestionStatus" AS ENUM ('OUVERTE', 'PRISE_EN_COMPTE', 'ECARTEE');

-- CreateEnum
CREATE TYPE "DigitalServiceKind" AS ENUM ('ENT', 'FILTRAGE', 'MDM', 'LOGICIEL', 'RESSOURCES', 'MESSAGERIE', 'AUTRE');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "digitalServiceId" TEXT;

-- CreateTable
CREATE TABLE "NetworkSuggestion" (
    "id" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "NetworkSuggestionStatus" NOT NULL DEFAULT 'OUVERTE',
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answeredByName" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "NetworkSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigitalService" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "kind" "DigitalServiceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "contractStartsOn" DATE,
    "contractEndsOn" DATE,
    "annualCostCents" BIGINT,
    "responsibleParty" "ConventionParty" NOT NULL,
    "description" TEXT,
    "updatedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DigitalService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigitalServiceUse" (
    "serviceId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigitalServiceUse_pkey" PRIMARY KEY ("serviceId","etablissementId")
);

-- CreateIndex
CREATE INDEX "NetworkSuggestion_collectiviteId_status_idx" ON "NetworkSuggestion"("collectiviteId", "status");

-- CreateIndex
CREATE INDEX "NetworkSuggestion_etablissementId_createdAt_idx" ON "NetworkSuggestion"("etablissementId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigitalService_collectiviteId_name_key" ON "DigitalService"("collectiviteId", "name");

-- CreateIndex
CREATE INDEX "DigitalServiceUse_etablissementId_idx" ON "DigitalServiceUse"("etablissementId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_digitalServiceId_fkey" FOREIGN KEY ("digitalServiceId") REFERENCES "DigitalService"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkSuggestion" ADD CONSTRAINT "NetworkSuggestion_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkSuggestion" ADD CONSTRAINT "NetworkSuggestion_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigitalService" ADD CONSTRAINT "DigitalService_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigitalServiceUse" ADD CONSTRAINT "DigitalServiceUse_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "DigitalService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigitalServiceUse" ADD CONSTRAINT "DigitalServiceUse_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
