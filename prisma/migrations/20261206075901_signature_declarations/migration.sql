-- AlterTable
ALTER TABLE "SignatureStep" ADD COLUMN     "declaredByEmail" TEXT,
ADD COLUMN     "declaredById" TEXT,
ADD COLUMN     "declaredByName" TEXT;

-- AddForeignKey
ALTER TABLE "SignatureStep" ADD CONSTRAINT "SignatureStep_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
