-- CreateEnum
CREATE TYPE "EquipmentCategory" AS ENUM ('POSTE_FIXE', 'PORTABLE', 'ULTRAPORTABLE', 'TABLETTE', 'EIM', 'CLASSE_MOBILE', 'TNI_TBI', 'VPI', 'ENI', 'VIDEOPROJECTEUR', 'IMPRIMANTE', 'SERVEUR', 'BORNE_WIFI', 'COMMUTATEUR', 'TELEPHONIE_IP', 'LICENCE_MDM', 'RECHANGE', 'AUTRE');

-- CreateEnum
CREATE TYPE "EquipmentStatus" AS ENUM ('EN_SERVICE', 'EN_PANNE', 'EN_STOCK', 'REFORME');

-- CreateEnum
CREATE TYPE "EquipmentUsage" AS ENUM ('PEDAGOGIQUE', 'ADMINISTRATIF');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('COLLECTIVITE', 'ETAT', 'ETABLISSEMENT', 'COMMUNE_EPCI', 'AUTRE');

-- CreateEnum
CREATE TYPE "EquipmentImportStatus" AS ENUM ('APERCU', 'ENREGISTRE', 'ABANDONNE');

-- CreateTable
CREATE TABLE "Equipment" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "etablissementId" TEXT NOT NULL,
    "category" "EquipmentCategory" NOT NULL,
    "manufacturer" TEXT,
    "model" TEXT,
    "serialNumber" TEXT,
    "inventoryNumber" TEXT,
    "acquiredOn" DATE,
    "warrantyEndsOn" DATE,
    "status" "EquipmentStatus" NOT NULL DEFAULT 'EN_SERVICE',
    "location" TEXT,
    "usage" "EquipmentUsage" NOT NULL DEFAULT 'PEDAGOGIQUE',
    "fundingSource" "FundingSource",
    "purchaseCostCents" INTEGER,
    "plannedRenewalYear" INTEGER,
    "renewalNote" TEXT,
    "importId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Equipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquipmentImport" (
    "id" TEXT NOT NULL,
    "collectiviteId" TEXT NOT NULL,
    "status" "EquipmentImportStatus" NOT NULL DEFAULT 'APERCU',
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "file" BYTEA,
    "mapping" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "createdById" TEXT,
    "actorLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "EquipmentImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquipmentImportMapping" (
    "collectiviteId" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EquipmentImportMapping_pkey" PRIMARY KEY ("collectiviteId")
);

-- CreateTable
CREATE TABLE "EquipmentReferential" (
    "collectiviteId" TEXT NOT NULL,
    "elevesParTerminal" DOUBLE PRECISION NOT NULL,
    "elevesParSalle" INTEGER NOT NULL,
    "affichagesParSalle" DOUBLE PRECISION NOT NULL,
    "classesMobilesParCollege" INTEGER NOT NULL,
    "bornesWifiParSalle" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EquipmentReferential_pkey" PRIMARY KEY ("collectiviteId")
);

-- CreateTable
CREATE TABLE "EquipmentReferentialRule" (
    "collectiviteId" TEXT NOT NULL,
    "category" "EquipmentCategory" NOT NULL,
    "renewalAgeYears" INTEGER NOT NULL,
    "unitCostCents" INTEGER NOT NULL,
    "renewAtWarrantyEnd" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EquipmentReferentialRule_pkey" PRIMARY KEY ("collectiviteId","category")
);

-- CreateIndex
CREATE INDEX "Equipment_collectiviteId_etablissementId_category_status_idx" ON "Equipment"("collectiviteId", "etablissementId", "category", "status");

-- CreateIndex
CREATE INDEX "Equipment_etablissementId_category_status_idx" ON "Equipment"("etablissementId", "category", "status");

-- CreateIndex
CREATE INDEX "Equipment_importId_idx" ON "Equipment"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "Equipment_collectiviteId_serialNumber_key" ON "Equipment"("collectiviteId", "serialNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Equipment_collectiviteId_inventoryNumber_key" ON "Equipment"("collectiviteId", "inventoryNumber");

-- CreateIndex
CREATE INDEX "EquipmentImport_collectiviteId_createdAt_idx" ON "EquipmentImport"("collectiviteId", "createdAt");

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_etablissementId_fkey" FOREIGN KEY ("etablissementId") REFERENCES "Etablissement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_importId_fkey" FOREIGN KEY ("importId") REFERENCES "EquipmentImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentImport" ADD CONSTRAINT "EquipmentImport_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentImportMapping" ADD CONSTRAINT "EquipmentImportMapping_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentReferential" ADD CONSTRAINT "EquipmentReferential_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentReferentialRule" ADD CONSTRAINT "EquipmentReferentialRule_collectiviteId_fkey" FOREIGN KEY ("collectiviteId") REFERENCES "Collectivite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
