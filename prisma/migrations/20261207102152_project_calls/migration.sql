-- CreateEnum
CREATE TYPE "ProjectCallStatus" AS ENUM ('BROUILLON', 'PUBLIE');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('BROUILLON', 'DEPOSE');

-- CreateTable
CREATE TABLE "ProjectCall" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "academieCode" TEXT,
    "title" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "eligiblePublic" BOOLEAN NOT NULL DEFAULT true,
    "eligiblePrivate" BOOLEAN NOT NULL DEFAULT false,
    "prioritaireOnly" BOOLEAN NOT NULL DEFAULT false,
    "criteria" JSONB NOT NULL,
    "envelopeCents" BIGINT NOT NULL,
    "budgetLineId" TEXT,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "decisionOn" DATE NOT NULL,
    "categories" "EquipmentCategory"[],
    "services" TEXT,
    "trainingRequired" TEXT NOT NULL,
    "status" "ProjectCallStatus" NOT NULL DEFAULT 'BROUILLON',
    "collectiviteAgreedAt" TIMESTAMP(3),
    "collectiviteAgreedById" TEXT,
    "collectiviteAgreedByName" TEXT,
    "academieAgreedAt" TIMESTAMP(3),
    "academieAgreedById" TEXT,
    "academieAgreedByName" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectApplication" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'BROUILLON',
    "project" TEXT NOT NULL,
    "projetEtablissement" TEXT NOT NULL,
    "classes" TEXT NOT NULL,
    "teachers" INTEGER NOT NULL,
    "equipment" JSONB NOT NULL,
    "trainingNeeds" TEXT NOT NULL,
    "conseilPedagogiqueOn" DATE,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "submittedByName" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectCall_collectiviteId_status_idx" ON "ProjectCall"("collectiviteId", "status");

-- CreateIndex
CREATE INDEX "ProjectCall_academieCode_status_idx" ON "ProjectCall"("academieCode", "status");

-- CreateIndex
CREATE INDEX "ProjectApplication_etablissementId_idx" ON "ProjectApplication"("etablissementId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectApplication_callId_etablissementId_key" ON "ProjectApplication"("callId", "etablissementId");

-- AddForeignKey
ALTER TABLE "ProjectCall" ADD CONSTRAINT "ProjectCall_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCall" ADD CONSTRAINT "ProjectCall_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCall" ADD CONSTRAINT "ProjectCall_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectApplication" ADD CONSTRAINT "ProjectApplication_callId_fkey" FOREIGN KEY ("callId") REFERENCES "ProjectCall"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectApplication" ADD CONSTRAINT "ProjectApplication_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
