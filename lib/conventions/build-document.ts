import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format";
import { academieLabel } from "@/lib/referentials/labels";
import { readContent } from "@/lib/conventions/content";
import { fillVariables, type ConventionVariable } from "@/lib/conventions/vocabulary";
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

/**
 * The document a version freezes into: its content with every variable filled from the parties,
 * the dates and the référents. Built inside the transaction that freezes it.
 */
export async function buildConventionDocument(tx: Tx, versionId: string, frozenAt: Date): Promise<ConventionDocument> {
  const version = await tx.conventionVersion.findUniqueOrThrow({ where: { id: versionId }, select: documentSelect });
  const { convention } = version;
  const content = readContent(version.content);
  const academie = academieLabel(convention.academie.name);
  const values: Partial<Record<ConventionVariable, string>> = {
    "collectivite.nom": convention.collectivite.name,
    "academie.nom": academie,
    "etablissement.nom": convention.etablissement?.name,
    "etablissement.uai": convention.etablissement?.uai,
    "etablissement.commune": convention.etablissement?.communeName,
    "convention.reference": convention.reference,
    "convention_cadre.reference": convention.parent?.reference,
    date_debut: version.startsOn ? formatDate(version.startsOn) : undefined,
    date_fin: version.endsOn ? formatDate(version.endsOn) : undefined,
    "referent.numerique": content.referents.numerique,
    "referent.technique": content.referents.technique,
    "referent.collectivite": content.referents.collectivite,
  };
  return {
    reference: convention.reference,
    kind: convention.kind,
    title: convention.title,
    versionNumber: version.number,
    parties: {
      collectivite: convention.collectivite.name,
      academie,
      etablissement: convention.etablissement
        ? { name: convention.etablissement.name, uai: convention.etablissement.uai, commune: convention.etablissement.communeName }
        : null,
    },
    parentReference: convention.parent?.reference ?? null,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    articles: content.articles.map((a) => ({ title: fillVariables(a.title, values), body: fillVariables(a.body, values) })),
    matrix: content.matrix,
    serviceLevels: content.serviceLevels,
    annexes: {
      inventory: content.annexes.inventory ? { asOf: frozenAt, rows: convention.etablissement ? await inventoryAnnexRows(tx, convention.etablissement.id) : [] } : null,
      serviceLevels: content.annexes.serviceLevels,
    },
    signingOrder: content.signingOrder.map((s) => ({ order: s.order, party: s.party })).sort((a, b) => a.order - b.order),
    frozenAt,
  };
}

/** The collège's equipment the annex lists: every category held, réformé equipment left out. */
async function inventoryAnnexRows(tx: Tx, etablissementId: string): Promise<{ category: string; count: number }[]> {
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
