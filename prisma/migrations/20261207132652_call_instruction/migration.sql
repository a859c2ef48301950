-- CreateEnum
CREATE TYPE "ApplicationDecision" AS ENUM ('RETENU', 'RETENU_SOUS_CONDITIONS', 'AJOURNE', 'REFUSE');

-- AlterTable
ALTER TABLE "ProjectApplication" ADD COLUMN     "allocationId" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decision" "ApplicationDecision",
ADD COLUMN     "decisionAcademieAt" TIMESTAMP(3),
ADD COLUMN     "decisionAcademieById" TEXT,
ADD COLUMN     "decisionAcademieByName" TEXT,
ADD COLUMN     "decisionCollectiviteAt" TIMESTAMP(3),
ADD COLUMN     "decisionCollectiviteById" TEXT,
ADD COLUMN     "decisionCollectiviteByName" TEXT,
ADD COLUMN     "decisionProposedBy" "ConventionParty",
ADD COLUMN     "decisionReasons" TEXT,
ADD COLUMN     "deliveredOn" DATE,
ADD COLUMN     "grantedCents" BIGINT;

-- CreateTable
CREATE TABLE "ApplicationScore" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "points" INTEGER[],
    "total" INTEGER NOT NULL,
    "note" TEXT,
    "scoredAt" TIMESTAMP(3) NOT NULL,
    "scoredById" TEXT NOT NULL,
    "scoredByName" TEXT NOT NULL,

    CONSTRAINT "ApplicationScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReport" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "milestone" INTEGER NOT NULL,
    "classesUsing" INTEGER NOT NULL,
    "pupilsReached" INTEGER NOT NULL,
    "equipmentInUsePct" INTEGER NOT NULL,
    "whatWorked" TEXT NOT NULL,
    "difficulties" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedByName" TEXT NOT NULL,
    "assessment" TEXT,
    "assessedAt" TIMESTAMP(3),
    "assessedById" TEXT,
    "assessedByName" TEXT,

    CONSTRAINT "ProjectReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationScore_applicationId_party_key" ON "ApplicationScore"("applicationId", "party");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectReport_applicationId_milestone_key" ON "ProjectReport"("applicationId", "milestone");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectApplication_allocationId_key" ON "ProjectApplication"("allocationId");

-- AddForeignKey
ALTER TABLE "ProjectApplication" ADD CONSTRAINT "ProjectApplication_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "Allocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationScore" ADD CONSTRAINT "ApplicationScore_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ProjectApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReport" ADD CONSTRAINT "ProjectReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ProjectApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
