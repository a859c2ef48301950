-- CreateEnum
CREATE TYPE "BudgetSection" AS ENUM ('INVESTISSEMENT', 'FONCTIONNEMENT');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('EQUIPEMENT', 'MAINTENANCE', 'RESEAU', 'ENT', 'RESSOURCES', 'FORMATION', 'DOTATION', 'AUTRE');

-- CreateEnum
CREATE TYPE "BudgetFunding" AS ENUM ('COLLECTIVITE', 'ETAT', 'EUROPE', 'AUTRE');

-- CreateEnum
CREATE TYPE "AutorisationKind" AS ENUM ('AP', 'AE');

-- CreateEnum
CREATE TYPE "AutorisationState" AS ENUM ('VOTEE', 'AFFECTEE', 'ENGAGEE', 'MANDATEE');

-- CreateEnum
CREATE TYPE "AllocationKind" AS ENUM ('DOTATION_FONCTIONNEMENT', 'EQUIPEMENT', 'SUBVENTION');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('BROUILLON', 'OUVERTE', 'ARBITREE');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('SOUMIS', 'ACCEPTE', 'PARTIEL', 'REFUSE');

-- CreateEnum
CREATE TYPE "NeedOpinion" AS ENUM ('FAVORABLE', 'RESERVE', 'DEFAVORABLE');

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "exercice" INTEGER NOT NULL,
    "section" "BudgetSection" NOT NULL,
    "chapitre" TEXT NOT NULL,
    "fonction" TEXT NOT NULL,
    "nature" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "funding" "BudgetFunding" NOT NULL,
    "bpCents" BIGINT NOT NULL,
    "dmCents" BIGINT NOT NULL DEFAULT 0,
    "engagedCents" BIGINT NOT NULL DEFAULT 0,
    "mandatedCents" BIGINT NOT NULL DEFAULT 0,
    "autorisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Autorisation" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "kind" "AutorisationKind" NOT NULL,
    "numero" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "votedOn" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "affectedCents" BIGINT NOT NULL DEFAULT 0,
    "engagedCents" BIGINT NOT NULL DEFAULT 0,
    "state" "AutorisationState" NOT NULL DEFAULT 'VOTEE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Autorisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditPaiement" (
    "autorisationId" TEXT NOT NULL,
    "exercice" INTEGER NOT NULL,
    "amountCents" BIGINT NOT NULL,

    CONSTRAINT "CreditPaiement_pkey" PRIMARY KEY ("autorisationId","exercice")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "exercice" INTEGER NOT NULL,
    "kind" "AllocationKind" NOT NULL,
    "label" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "budgetLineId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsCampaign" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "exercice" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "envelopeCents" BIGINT NOT NULL,
    "categories" "EquipmentCategory"[],
    "description" TEXT,
    "status" "CampaignStatus" NOT NULL DEFAULT 'BROUILLON',
    "budgetLineId" TEXT,
    "openedAt" TIMESTAMP(3),
    "arbitratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NeedsCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedRequest" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "category" "EquipmentCategory" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitCostCents" BIGINT NOT NULL,
    "justification" TEXT NOT NULL,
    "projetEtablissement" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "status" "NeedStatus" NOT NULL DEFAULT 'SOUMIS',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "opinion" "NeedOpinion",
    "opinionComment" TEXT,
    "opinionById" TEXT,
    "opinionAt" TIMESTAMP(3),
    "acceptedQuantity" INTEGER,
    "acceptedCents" BIGINT,
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NeedRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BudgetLine_collectiviteId_exercice_idx" ON "BudgetLine"("collectiviteId", "exercice");

-- CreateIndex
CREATE INDEX "BudgetLine_autorisationId_idx" ON "BudgetLine"("autorisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Autorisation_collectiviteId_numero_key" ON "Autorisation"("collectiviteId", "numero");

-- CreateIndex
CREATE INDEX "Allocation_collectiviteId_exercice_idx" ON "Allocation"("collectiviteId", "exercice");

-- CreateIndex
CREATE INDEX "Allocation_etablissementId_exercice_idx" ON "Allocation"("etablissementId", "exercice");

-- CreateIndex
CREATE INDEX "Allocation_budgetLineId_idx" ON "Allocation"("budgetLineId");

-- CreateIndex
CREATE INDEX "NeedsCampaign_collectiviteId_exercice_idx" ON "NeedsCampaign"("collectiviteId", "exercice");

-- CreateIndex
CREATE INDEX "NeedRequest_campaignId_etablissementId_idx" ON "NeedRequest"("campaignId", "etablissementId");

-- CreateIndex
CREATE INDEX "NeedRequest_etablissementId_idx" ON "NeedRequest"("etablissementId");

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_autorisationId_fkey" FOREIGN KEY ("autorisationId") REFERENCES "Autorisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autorisation" ADD CONSTRAINT "Autorisation_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditPaiement" ADD CONSTRAINT "CreditPaiement_autorisationId_fkey" FOREIGN KEY ("autorisationId") REFERENCES "Autorisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsCampaign" ADD CONSTRAINT "NeedsCampaign_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsCampaign" ADD CONSTRAINT "NeedsCampaign_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedRequest" ADD CONSTRAINT "NeedRequest_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "NeedsCampaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedRequest" ADD CONSTRAINT "NeedRequest_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
