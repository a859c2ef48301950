-- CreateTable
CREATE TABLE "BodySteeredConvention" (
    "bodyId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BodySteeredConvention_pkey" PRIMARY KEY ("bodyId","conventionId")
);

-- CreateIndex
CREATE INDEX "BodySteeredConvention_conventionId_idx" ON "BodySteeredConvention"("conventionId");

-- AddForeignKey
ALTER TABLE "BodySteeredConvention" ADD CONSTRAINT "BodySteeredConvention_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodySteeredConvention" ADD CONSTRAINT "BodySteeredConvention_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A body attached to a convention-cadre steers it.
INSERT INTO "BodySteeredConvention" ("bodyId", "conventionId", "addedById", "addedAt")
SELECT "id", "conventionId", "createdById", "createdAt" FROM "GovernanceBody" WHERE "conventionId" IS NOT NULL;
