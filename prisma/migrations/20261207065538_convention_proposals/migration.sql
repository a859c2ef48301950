-- CreateEnum
CREATE TYPE "ProposalTarget" AS ENUM ('ARTICLE', 'MATRICE', 'GENERAL');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('OUVERTE', 'ACCEPTEE', 'REJETEE', 'RETIREE');

-- CreateTable
CREATE TABLE "ConventionProposal" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "target" "ProposalTarget" NOT NULL,
    "targetIndex" INTEGER,
    "targetLabel" TEXT NOT NULL,
    "before" JSONB,
    "proposed" JSONB,
    "rationale" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'OUVERTE',
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConventionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConventionProposal_conventionId_status_idx" ON "ConventionProposal"("conventionId", "status");

-- CreateIndex
CREATE INDEX "ConventionProposal_versionId_idx" ON "ConventionProposal"("versionId");

-- AddForeignKey
ALTER TABLE "ConventionProposal" ADD CONSTRAINT "ConventionProposal_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionProposal" ADD CONSTRAINT "ConventionProposal_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConventionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
