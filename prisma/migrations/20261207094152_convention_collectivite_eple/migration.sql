-- AlterEnum
ALTER TYPE "ConventionKind" ADD VALUE 'BIPARTITE_EPLE';

-- AlterTable
ALTER TABLE "Convention" ALTER COLUMN "academieCode" DROP NOT NULL;
