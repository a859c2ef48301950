-- CreateEnum
CREATE TYPE "ConventionKind" AS ENUM ('CADRE', 'TRIPARTITE', 'AVENANT');

-- CreateEnum
CREATE TYPE "ConventionStatus" AS ENUM ('BROUILLON', 'EN_SIGNATURE', 'EN_VIGUEUR', 'RESILIEE');

-- CreateEnum
CREATE TYPE "ConventionParty" AS ENUM ('COLLECTIVITE', 'ETAT', 'EPLE');

-- CreateEnum
CREATE TYPE "ConventionVersionStatus" AS ENUM ('BROUILLON', 'EN_SIGNATURE', 'SIGNEE', 'REMPLACEE');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('EN_ATTENTE', 'SIGNEE', 'SIGNEE_HORS_PLATEFORME', 'REFUSEE', 'ANNULEE');

-- CreateTable
CREATE TABLE "ConventionTemplate" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "kind" "ConventionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConventionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConventionTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "ConventionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ConventionStatus" NOT NULL DEFAULT 'BROUILLON',
    "collectiviteId" TEXT NOT NULL,
    "academieCode" TEXT NOT NULL,
    "etablissementId" TEXT,
    "parentId" TEXT,
    "inForceVersionId" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "terminatedOn" DATE,
    "terminationReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionVersion" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ConventionVersionStatus" NOT NULL DEFAULT 'BROUILLON',
    "templateVersionId" TEXT,
    "content" JSONB NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "frozenAt" TIMESTAMP(3),
    "frozenPdf" BYTEA,
    "frozenSha256" TEXT,
    "signedAt" TIMESTAMP(3),
    "finalPdf" BYTEA,
    "finalSha256" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConventionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignatureStep" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "signerId" TEXT,
    "signerName" TEXT,
    "signerEmail" TEXT,
    "qualite" TEXT,
    "authorisationKind" TEXT,
    "authorisationReference" TEXT,
    "authorisationDate" DATE,
    "decidedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,
    "documentSha256" TEXT,
    "refusalReason" TEXT,
    "scanPdf" BYTEA,
    "scanSha256" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignatureStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConventionTemplate_collectiviteId_kind_idx" ON "ConventionTemplate"("collectiviteId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionTemplateVersion_templateId_number_key" ON "ConventionTemplateVersion"("templateId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_reference_key" ON "Convention"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_inForceVersionId_key" ON "Convention"("inForceVersionId");

-- CreateIndex
CREATE INDEX "Convention_collectiviteId_status_idx" ON "Convention"("collectiviteId", "status");

-- CreateIndex
CREATE INDEX "Convention_academieCode_status_idx" ON "Convention"("academieCode", "status");

-- CreateIndex
CREATE INDEX "Convention_etablissementId_status_idx" ON "Convention"("etablissementId", "status");

-- CreateIndex
CREATE INDEX "Convention_parentId_idx" ON "Convention"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionVersion_frozenSha256_key" ON "ConventionVersion"("frozenSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionVersion_finalSha256_key" ON "ConventionVersion"("finalSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionVersion_conventionId_number_key" ON "ConventionVersion"("conventionId", "number");

-- CreateIndex
CREATE INDEX "SignatureStep_versionId_order_idx" ON "SignatureStep"("versionId", "order");

-- CreateIndex
CREATE INDEX "SignatureStep_party_status_idx" ON "SignatureStep"("party", "status");

-- AddForeignKey
ALTER TABLE "ConventionTemplate" ADD CONSTRAINT "ConventionTemplate_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionTemplateVersion" ADD CONSTRAINT "ConventionTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ConventionTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_inForceVersionId_fkey" FOREIGN KEY ("inForceVersionId") REFERENCES "ConventionVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionVersion" ADD CONSTRAINT "ConventionVersion_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionVersion" ADD CONSTRAINT "ConventionVersion_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "ConventionTemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignatureStep" ADD CONSTRAINT "SignatureStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConventionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignatureStep" ADD CONSTRAINT "SignatureStep_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
