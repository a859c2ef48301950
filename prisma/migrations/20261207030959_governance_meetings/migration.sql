-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PREVUE', 'CONVOQUEE', 'ANNULEE');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSE', 'REPRESENTE', 'ABSENT');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('BROUILLON', 'EN_APPROBATION', 'APPROUVE');

-- CreateEnum
CREATE TYPE "MinutesApprovalStatus" AS ENUM ('EN_ATTENTE', 'APPROUVEE', 'CORRECTION_DEMANDEE', 'CADUQUE');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('DECISION', 'ACTION');

-- CreateEnum
CREATE TYPE "ActionState" AS ENUM ('A_FAIRE', 'EN_COURS', 'FAITE', 'ABANDONNEE');

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "ics" TEXT,
ADD COLUMN     "icsMethod" TEXT;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "videoUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PREVUE',
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "convenedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "minutesStatus" "MinutesStatus" NOT NULL DEFAULT 'BROUILLON',
    "minutesRound" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT NOT NULL DEFAULT '',
    "frozenPdf" BYTEA,
    "frozenSha256" TEXT,
    "frozenAt" TIMESTAMP(3),
    "finalPdf" BYTEA,
    "finalSha256" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "minutes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "convokedAt" TIMESTAMP(3),
    "status" "AttendanceStatus",
    "representedBy" TEXT,
    "recordedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesApproval" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "frozenSha256" TEXT NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "memberId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "qualite" TEXT NOT NULL,
    "status" "MinutesApprovalStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "MinutesApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyDecision" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "kind" "DecisionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "ownerParty" "ConventionParty",
    "ownerMemberId" TEXT,
    "dueOn" DATE,
    "state" "ActionState",
    "stateNote" TEXT,
    "stateAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BodyDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_icsUid_key" ON "Meeting"("icsUid");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_frozenSha256_key" ON "Meeting"("frozenSha256");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_finalSha256_key" ON "Meeting"("finalSha256");

-- CreateIndex
CREATE INDEX "Meeting_bodyId_startsAt_idx" ON "Meeting"("bodyId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_memberId_key" ON "MeetingAttendance"("meetingId", "memberId");

-- CreateIndex
CREATE INDEX "MinutesApproval_frozenSha256_idx" ON "MinutesApproval"("frozenSha256");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesApproval_meetingId_round_party_key" ON "MinutesApproval"("meetingId", "round", "party");

-- CreateIndex
CREATE INDEX "BodyDecision_bodyId_kind_state_idx" ON "BodyDecision"("bodyId", "kind", "state");

-- CreateIndex
CREATE INDEX "BodyDecision_meetingId_idx" ON "BodyDecision"("meetingId");

-- CreateIndex
CREATE INDEX "BodyDecision_ownerParty_state_dueOn_idx" ON "BodyDecision"("ownerParty", "state", "dueOn");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "BodyMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "BodyMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyDecision" ADD CONSTRAINT "BodyDecision_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyDecision" ADD CONSTRAINT "BodyDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyDecision" ADD CONSTRAINT "BodyDecision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyDecision" ADD CONSTRAINT "BodyDecision_ownerMemberId_fkey" FOREIGN KEY ("ownerMemberId") REFERENCES "BodyMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;
