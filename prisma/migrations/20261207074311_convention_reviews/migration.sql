-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('BROUILLON', 'FIGE');

-- CreateEnum
CREATE TYPE "ReviewRating" AS ENUM ('SATISFAISANT', 'A_AMELIORER', 'INSUFFISANT');

-- CreateTable
CREATE TABLE "ConventionReview" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'BROUILLON',
    "figures" JSONB NOT NULL,
    "figuresAt" TIMESTAMP(3) NOT NULL,
    "conclusions" TEXT NOT NULL DEFAULT '',
    "meetingId" TEXT,
    "frozenAt" TIMESTAMP(3),
    "frozenPdf" BYTEA,
    "frozenSha256" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConventionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssessment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "party" "ConventionParty" NOT NULL,
    "rating" "ReviewRating" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConventionReview_frozenSha256_key" ON "ConventionReview"("frozenSha256");

-- CreateIndex
CREATE INDEX "ConventionReview_conventionId_periodTo_idx" ON "ConventionReview"("conventionId", "periodTo");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssessment_reviewId_party_key" ON "ReviewAssessment"("reviewId", "party");

-- AddForeignKey
ALTER TABLE "ConventionReview" ADD CONSTRAINT "ConventionReview_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionReview" ADD CONSTRAINT "ConventionReview_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssessment" ADD CONSTRAINT "ReviewAssessment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ConventionReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
