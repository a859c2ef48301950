-- CreateEnum
CREATE TYPE "CollectiviteType" AS ENUM ('DEPARTEMENT', 'REGION', 'COMMUNE', 'EPCI', 'METROPOLE', 'COLLECTIVITE_STATUT_PARTICULIER', 'COLLECTIVITE_EUROPEENNE', 'COLLECTIVITE_TERRITORIALE_UNIQUE', 'COLLECTIVITE_OUTRE_MER');

-- CreateEnum
CREATE TYPE "Secteur" AS ENUM ('PUBLIC', 'PRIVE');

-- CreateEnum
CREATE TYPE "EtatEtablissement" AS ENUM ('OUVERT', 'FERME');

-- CreateEnum
CREATE TYPE "EducationPrioritaire" AS ENUM ('REP', 'REP_PLUS');

-- CreateEnum
CREATE TYPE "ScopeType" AS ENUM ('PLATFORM', 'COLLECTIVITE', 'ACADEMIE', 'ETABLISSEMENT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'AGENT', 'ELU', 'SIGNATAIRE', 'DRANE', 'LECTEUR', 'CHEF', 'REFERENT', 'GESTIONNAIRE');

-- CreateTable
CREATE TABLE "RegionAcademique" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "RegionAcademique_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Academie" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionAcademiqueCode" TEXT NOT NULL,

    CONSTRAINT "Academie_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Departement" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "academieCode" TEXT NOT NULL,

    CONSTRAINT "Departement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Commune" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departementCode" TEXT NOT NULL,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Collectivite" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "type" "CollectiviteType" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "siren" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collectivite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Etablissement" (
    "id" TEXT NOT NULL,
    "uai" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "natureCode" TEXT NOT NULL,
    "natureLabel" TEXT NOT NULL,
    "secteur" "Secteur" NOT NULL,
    "privateContractCode" TEXT,
    "privateContractLabel" TEXT,
    "collectiviteId" TEXT NOT NULL,
    "academieCode" TEXT NOT NULL,
    "departementCode" TEXT NOT NULL,
    "communeCode" TEXT,
    "communeName" TEXT NOT NULL,
    "address" TEXT,
    "postalCode" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "openedOn" DATE,
    "etat" "EtatEtablissement" NOT NULL DEFAULT 'OUVERT',
    "closedAt" TIMESTAMP(3),
    "educationPrioritaire" "EducationPrioritaire",
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Etablissement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Effectif" (
    "etablissementId" TEXT NOT NULL,
    "rentree" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "segpa" INTEGER,
    "ulis" INTEGER,
    "sixieme" INTEGER,
    "cinquieme" INTEGER,
    "quatrieme" INTEGER,
    "troisieme" INTEGER,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Effectif_pkey" PRIMARY KEY ("etablissementId","rentree")
);

-- CreateTable
CREATE TABLE "IndicePositionSociale" (
    "etablissementId" TEXT NOT NULL,
    "rentree" INTEGER NOT NULL,
    "ips" DOUBLE PRECISION NOT NULL,
    "ecartType" DOUBLE PRECISION,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicePositionSociale_pkey" PRIMARY KEY ("etablissementId","rentree")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scopeType" "ScopeType" NOT NULL,
    "role" "Role" NOT NULL,
    "collectiviteId" TEXT,
    "academieCode" TEXT,
    "etablissementId" TEXT,
    "qualite" TEXT,
    "delegationReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scopeType" "ScopeType" NOT NULL,
    "role" "Role" NOT NULL,
    "collectiviteId" TEXT,
    "academieCode" TEXT,
    "etablissementId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" SERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "scopeType" "ScopeType",
    "collectiviteId" TEXT,
    "academieCode" TEXT,
    "etablissementId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "_CollectiviteToDepartement" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CollectiviteToDepartement_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Departement_academieCode_idx" ON "Departement"("academieCode");

-- CreateIndex
CREATE INDEX "Commune_departementCode_idx" ON "Commune"("departementCode");

-- CreateIndex
CREATE UNIQUE INDEX "Collectivite_code_key" ON "Collectivite"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Etablissement_uai_key" ON "Etablissement"("uai");

-- CreateIndex
CREATE INDEX "Etablissement_collectiviteId_name_idx" ON "Etablissement"("collectiviteId", "name");

-- CreateIndex
CREATE INDEX "Etablissement_academieCode_name_idx" ON "Etablissement"("academieCode", "name");

-- CreateIndex
CREATE INDEX "Etablissement_departementCode_idx" ON "Etablissement"("departementCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_collectiviteId_idx" ON "Membership"("collectiviteId");

-- CreateIndex
CREATE INDEX "Membership_academieCode_idx" ON "Membership"("academieCode");

-- CreateIndex
CREATE INDEX "Membership_etablissementId_idx" ON "Membership"("etablissementId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_collectiviteId_idx" ON "Invitation"("collectiviteId");

-- CreateIndex
CREATE INDEX "Invitation_academieCode_idx" ON "Invitation"("academieCode");

-- CreateIndex
CREATE INDEX "Invitation_etablissementId_idx" ON "Invitation"("etablissementId");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_collectiviteId_seq_idx" ON "AuditEvent"("collectiviteId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_academieCode_seq_idx" ON "AuditEvent"("academieCode", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_etablissementId_seq_idx" ON "AuditEvent"("etablissementId", "seq");

-- CreateIndex
CREATE INDEX "_CollectiviteToDepartement_B_index" ON "_CollectiviteToDepartement"("B");

-- AddForeignKey
ALTER TABLE "Academie" ADD CONSTRAINT "Academie_regionAcademiqueCode_fkey" FOREIGN KEY ("regionAcademiqueCode") REFERENCES "RegionAcademique"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Departement" ADD CONSTRAINT "Departement_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Etablissement" ADD CONSTRAINT "Etablissement_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Etablissement" ADD CONSTRAINT "Etablissement_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Etablissement" ADD CONSTRAINT "Etablissement_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Etablissement" ADD CONSTRAINT "Etablissement_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Effectif" ADD CONSTRAINT "Effectif_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicePositionSociale" ADD CONSTRAINT "IndicePositionSociale_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CollectiviteToDepartement" ADD CONSTRAINT "_CollectiviteToDepartement_A_fkey" FOREIGN KEY ("A") REFERENCES "Collectivite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CollectiviteToDepartement" ADD CONSTRAINT "_CollectiviteToDepartement_B_fkey" FOREIGN KEY ("B") REFERENCES "Departement"("code") ON DELETE CASCADE ON UPDATE CASCADE;
