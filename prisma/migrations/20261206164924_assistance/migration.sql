-- CreateEnum
CREATE TYPE "IncidentKind" AS ENUM ('INCIDENT', 'DEMANDE');

-- CreateEnum
CREATE TYPE "IncidentUrgency" AS ENUM ('FAIBLE', 'NORMALE', 'HAUTE', 'BLOQUANTE');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('NOUVEAU', 'PRIS_EN_CHARGE', 'EN_ATTENTE_COLLEGE', 'EN_ATTENTE_FOURNISSEUR', 'RESOLU', 'CLOS');

-- CreateEnum
CREATE TYPE "IncidentRoutingSource" AS ENUM ('CONVENTION', 'MODELE', 'DEFAUT');

-- CreateEnum
CREATE TYPE "IncidentEventKind" AS ENUM ('SIGNALE', 'REAIGUILLE', 'PRIS_EN_CHARGE', 'ASSIGNE', 'MIS_EN_ATTENTE', 'REPRIS', 'RESOLU', 'CONFIRME', 'CLOS_AUTO', 'ROUVERT', 'COMMENTAIRE');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PREVUE', 'REALISEE', 'ANNULEE');

-- CreateEnum
CREATE TYPE "HalfDay" AS ENUM ('MATIN', 'APRES_MIDI');

-- AlterEnum: the single REFERENT splits into the référent numérique (what it meant: its label
-- was « Référent numérique ») and the référent technique. Renaming keeps every membership and
-- invitation that held it, where the generated drop-and-recreate would have failed on them.
ALTER TYPE "Role" RENAME VALUE 'REFERENT' TO 'REFERENT_NUMERIQUE';
ALTER TYPE "Role" ADD VALUE 'REFERENT_TECHNIQUE' AFTER 'REFERENT_NUMERIQUE';
ALTER TYPE "Role" ADD VALUE 'TECHNICIEN';
ALTER TYPE "Role" ADD VALUE 'ASSISTANCE';

-- AlterTable
ALTER TABLE "Etablissement" ADD COLUMN     "sectorId" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "sectorId" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "sectorId" TEXT;

-- CreateTable
CREATE TABLE "Sector" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "academieCode" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "kind" "IncidentKind" NOT NULL,
    "domain" TEXT NOT NULL,
    "domainLabel" TEXT NOT NULL,
    "equipmentId" TEXT,
    "room" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "urgency" "IncidentUrgency" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'NOUVEAU',
    "party" "ConventionParty" NOT NULL,
    "level" TEXT NOT NULL,
    "routingSource" "IncidentRoutingSource" NOT NULL,
    "routingNote" TEXT NOT NULL,
    "conventionId" TEXT,
    "slaLabel" TEXT,
    "takeChargeTargetMinutes" INTEGER,
    "resolveTargetMinutes" INTEGER,
    "calendar" JSONB NOT NULL,
    "takeChargeDueAt" TIMESTAMP(3),
    "resolveDueAt" TIMESTAMP(3),
    "takeChargeWorkMinutes" INTEGER,
    "resolveWorkMinutes" INTEGER,
    "reporterId" TEXT NOT NULL,
    "reporterParty" "ConventionParty" NOT NULL,
    "assigneeId" TEXT,
    "visitId" TEXT,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "equipmentStatusBefore" "EquipmentStatus",
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentEvent" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" "IncidentEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorParty" "ConventionParty",
    "fromStatus" "IncidentStatus",
    "toStatus" "IncidentStatus",
    "party" "ConventionParty",
    "level" TEXT,
    "body" TEXT,
    "internal" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "IncidentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentPause" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "reason" "IncidentStatus" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "IncidentPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentAttachment" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "halfDay" "HalfDay" NOT NULL,
    "technicianId" TEXT,
    "status" "VisitStatus" NOT NULL DEFAULT 'PREVUE',
    "report" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquipmentDisposal" (
    "id" TEXT NOT NULL,
    "equipmentId" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "disposedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "incidentId" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EquipmentDisposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Sector_collectiviteId_name_key" ON "Sector"("collectiviteId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_reference_key" ON "Incident"("reference");

-- CreateIndex
CREATE INDEX "Incident_collectiviteId_status_party_idx" ON "Incident"("collectiviteId", "status", "party");

-- CreateIndex
CREATE INDEX "Incident_academieCode_status_party_idx" ON "Incident"("academieCode", "status", "party");

-- CreateIndex
CREATE INDEX "Incident_etablissementId_status_idx" ON "Incident"("etablissementId", "status");

-- CreateIndex
CREATE INDEX "Incident_collectiviteId_reportedAt_idx" ON "Incident"("collectiviteId", "reportedAt");

-- CreateIndex
CREATE INDEX "Incident_academieCode_reportedAt_idx" ON "Incident"("academieCode", "reportedAt");

-- CreateIndex
CREATE INDEX "Incident_equipmentId_idx" ON "Incident"("equipmentId");

-- CreateIndex
CREATE INDEX "IncidentEvent_incidentId_at_idx" ON "IncidentEvent"("incidentId", "at");

-- CreateIndex
CREATE INDEX "IncidentPause_incidentId_idx" ON "IncidentPause"("incidentId");

-- CreateIndex
CREATE INDEX "IncidentAttachment_incidentId_idx" ON "IncidentAttachment"("incidentId");

-- CreateIndex
CREATE INDEX "Visit_collectiviteId_plannedOn_idx" ON "Visit"("collectiviteId", "plannedOn");

-- CreateIndex
CREATE INDEX "Visit_etablissementId_plannedOn_idx" ON "Visit"("etablissementId", "plannedOn");

-- CreateIndex
CREATE UNIQUE INDEX "EquipmentDisposal_equipmentId_key" ON "EquipmentDisposal"("equipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "EquipmentDisposal_incidentId_key" ON "EquipmentDisposal"("incidentId");

-- CreateIndex
CREATE INDEX "Etablissement_sectorId_idx" ON "Etablissement"("sectorId");

-- CreateIndex
CREATE INDEX "Membership_sectorId_idx" ON "Membership"("sectorId");

-- AddForeignKey
ALTER TABLE "Sector" ADD CONSTRAINT "Sector_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "Equipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEvent" ADD CONSTRAINT "IncidentEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEvent" ADD CONSTRAINT "IncidentEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPause" ADD CONSTRAINT "IncidentPause_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAttachment" ADD CONSTRAINT "IncidentAttachment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAttachment" ADD CONSTRAINT "IncidentAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_technicianId_fkey" FOREIGN KEY ("technicianId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentDisposal" ADD CONSTRAINT "EquipmentDisposal_equipmentId_fkey" FOREIGN KEY ("equipmentId") REFERENCES "Equipment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentDisposal" ADD CONSTRAINT "EquipmentDisposal_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentDisposal" ADD CONSTRAINT "EquipmentDisposal_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Etablissement" ADD CONSTRAINT "Etablissement_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;
