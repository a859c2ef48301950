import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { documentSourceOf, filledArticles } from "@/lib/conventions/document-values";
import type { ConventionDocument } from "@/lib/conventions/document";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";

type Tx = Prisma.TransactionClient;

const documentSelect = {
  id: true,
  number: true,
  content: true,
  startsOn: true,
  endsOn: true,
  convention: {
    select: {
      reference: true,
      kind: true,
      title: true,
      collectivite: { select: { name: true } },
      academie: { select: { name: true } },
      etablissement: { select: { id: true, name: true, uai: true, communeName: true } },
      parent: { select: { reference: true } },
    },
  },
} as const satisfies Prisma.ConventionVersionSelect;

/** What a version's variables are filled from, read inside the transaction. */
export async function loadDocumentSource(tx: Tx, versionId: string) {
  const version = await tx.conventionVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: documentSelect,
  });
  return { version, source: documentSourceOf(version.convention, version) };
}

/**
 * The document a version freezes into: its content with every variable filled from the parties,
 * the dates and the référents. Built inside the transaction that freezes it.
 */
export async function buildConventionDocument(
  tx: Tx,
  versionId: string,
  frozenAt: Date,
): Promise<ConventionDocument> {
  const { version, source } = await loadDocumentSource(tx, versionId);
  const { convention } = version;
  const { content } = source;
  return {
    reference: convention.reference,
    kind: convention.kind,
    title: convention.title,
    versionNumber: version.number,
    parties: {
      collectivite: source.collectivite,
      academie: source.academie,
      etablissement: convention.etablissement
        ? {
            name: convention.etablissement.name,
            uai: convention.etablissement.uai,
            commune: convention.etablissement.communeName,
          }
        : null,
    },
    parentReference: source.parentReference,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    articles: filledArticles(source),
    matrix: content.matrix,
    serviceLevels: content.serviceLevels,
    commitments: content.commitments,
    assistance: content.assistance,
    annexes: {
      inventory: content.annexes.inventory
        ? {
            asOf: frozenAt,
            rows: convention.etablissement
              ? await inventoryAnnexRows(tx, convention.etablissement.id)
              : [],
          }
        : null,
      serviceLevels: content.annexes.serviceLevels,
    },
    signingOrder: content.signingOrder
      .map((s) => ({ order: s.order, party: s.party }))
      .sort((a, b) => a.order - b.order),
    frozenAt,
  };
}

/** The collège's equipment the annex lists: every category held, réformé equipment left out. */
async function inventoryAnnexRows(
  tx: Tx,
  etablissementId: string,
): Promise<{ category: string; count: number }[]> {
  const groups = await tx.equipment.groupBy({
    by: ["category"],
    where: { etablissementId, status: { not: "REFORME" } },
    _count: { _all: true },
  });
  return EQUIPMENT_CATEGORIES.flatMap((category) => {
    const count = groups.find((g) => g.category === category)?._count._all ?? 0;
    return count > 0 ? [{ category: CATEGORY_LABELS[category], count }] : [];
  });
}
