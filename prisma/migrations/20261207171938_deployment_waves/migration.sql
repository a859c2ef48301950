-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('BROUILLON', 'ADOPTE');

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN     "deploymentProgrammeId" TEXT;

-- CreateTable
CREATE TABLE "DeploymentProgramme" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "category" "EquipmentCategory" NOT NULL,
    "unitCostCents" INTEGER NOT NULL,
    "status" "DeploymentStatus" NOT NULL DEFAULT 'BROUILLON',
    "adoptedAt" TIMESTAMP(3),
    "adoptedById" TEXT,
    "adoptedByName" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeploymentProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeploymentWave" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "prefiguration" BOOLEAN NOT NULL DEFAULT false,
    "deploymentOn" DATE NOT NULL,

    CONSTRAINT "DeploymentWave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaveAssignment" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "plannedUnits" INTEGER NOT NULL,
    "networkReadyAt" TIMESTAMP(3),
    "networkReadyById" TEXT,
    "networkReadyByName" TEXT,
    "networkNote" TEXT,
    "trainingAttestedAt" TIMESTAMP(3),
    "trainingAttestedById" TEXT,
    "trainingAttestedByName" TEXT,
    "trainingDeclaredAt" TIMESTAMP(3),
    "trainingDeclaredById" TEXT,
    "trainingDeclaredByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WaveAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeploymentProgramme_collectiviteId_status_idx" ON "DeploymentProgramme"("collectiviteId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DeploymentWave_programmeId_number_key" ON "DeploymentWave"("programmeId", "number");

-- CreateIndex
CREATE INDEX "WaveAssignment_waveId_idx" ON "WaveAssignment"("waveId");

-- CreateIndex
CREATE INDEX "WaveAssignment_etablissementId_idx" ON "WaveAssignment"("etablissementId");

-- CreateIndex
CREATE UNIQUE INDEX "WaveAssignment_programmeId_etablissementId_key" ON "WaveAssignment"("programmeId", "etablissementId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_deploymentProgrammeId_exercice_key" ON "BudgetLine"("deploymentProgrammeId", "exercice");

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_deploymentProgrammeId_fkey" FOREIGN KEY ("deploymentProgrammeId") REFERENCES "DeploymentProgramme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentProgramme" ADD CONSTRAINT "DeploymentProgramme_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentWave" ADD CONSTRAINT "DeploymentWave_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "DeploymentProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveAssignment" ADD CONSTRAINT "WaveAssignment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "DeploymentProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveAssignment" ADD CONSTRAINT "WaveAssignment_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "DeploymentWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveAssignment" ADD CONSTRAINT "WaveAssignment_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
