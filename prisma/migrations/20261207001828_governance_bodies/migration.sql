-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('COMITE_PILOTAGE', 'COMITE_TECHNIQUE', 'GROUPE_THEMATIQUE', 'COMMISSION_NUMERIQUE', 'COMITE_SUIVI');

-- CreateEnum
CREATE TYPE "BodyCadence" AS ENUM ('MENSUELLE', 'HUIT_SEMAINES', 'TRIMESTRIELLE', 'SEMESTRIELLE', 'ANNUELLE', 'A_LA_DEMANDE');

-- CreateEnum
CREATE TYPE "BodyMemberRole" AS ENUM ('COPRESIDENT', 'MEMBRE');

-- CreateTable
CREATE TABLE "GovernanceBody" (
    "id" TEXT NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "cadence" "BodyCadence" NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "academieCode" TEXT NOT NULL,
    "etablissementId" TEXT,
    "conventionId" TEXT,
    "secretariatParty" "ConventionParty" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GovernanceBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyMember" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "role" "BodyMemberRole" NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "qualite" TEXT NOT NULL,
    "designatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "BodyMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GovernanceBody_collectiviteId_idx" ON "GovernanceBody"("collectiviteId");

-- CreateIndex
CREATE INDEX "GovernanceBody_academieCode_idx" ON "GovernanceBody"("academieCode");

-- CreateIndex
CREATE INDEX "GovernanceBody_etablissementId_idx" ON "GovernanceBody"("etablissementId");

-- CreateIndex
CREATE INDEX "GovernanceBody_conventionId_idx" ON "GovernanceBody"("conventionId");

-- CreateIndex
CREATE INDEX "BodyMember_bodyId_party_role_idx" ON "BodyMember"("bodyId", "party", "role");

-- CreateIndex
CREATE INDEX "BodyMember_userId_idx" ON "BodyMember"("userId");

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_academieCode_fkey" FOREIGN KEY ("academieCode") REFERENCES "Academie"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_designatedById_fkey" FOREIGN KEY ("designatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
