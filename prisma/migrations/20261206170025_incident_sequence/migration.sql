-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "closeAfterDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "reopenWithinDays" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "IncidentSequence" (
    "collectiviteId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "IncidentSequence_pkey" PRIMARY KEY ("collectiviteId","year")
);
