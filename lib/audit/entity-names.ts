import "server-only";
import { db } from "@/lib/db/client";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatDate } from "@/lib/format";
import { HALF_DAY_LABELS } from "@/lib/assistance/visits-vocabulary";

type Ref = { entityType: string; entityId: string | null };
type College = { name: string; uai: string } | null;
const college = (e: College) => (e ? ` — ${e.name} (${e.uai})` : "");
const etablissement = { select: { name: true, uai: true } } as const;

/** For each type of object, how to name a page's worth of them: [id, name] pairs. */
const NAMERS: Record<string, (ids: string[]) => Promise<[string, string][]>> = {
  Convention: async (ids) =>
    (
      await db.convention.findMany({
        where: { id: { in: ids } },
        select: { id: true, reference: true, etablissement },
      })
    ).map((c) => [c.id, `${c.reference}${college(c.etablissement)}`]),
  NeedRequest: async (ids) =>
    (
      await db.needRequest.findMany({
        where: { id: { in: ids } },
        select: { id: true, category: true, quantity: true, etablissement },
      })
    ).map((n) => [
      n.id,
      `${CATEGORY_LABELS[n.category]} × ${n.quantity}${college(n.etablissement)}`,
    ]),
  Equipment: async (ids) =>
    (
      await db.equipment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          category: true,
          inventoryNumber: true,
          serialNumber: true,
          etablissement,
        },
      })
    ).map((e) => [
      e.id,
      `${CATEGORY_LABELS[e.category]}${e.inventoryNumber ? ` n° ${e.inventoryNumber}` : e.serialNumber ? ` (série ${e.serialNumber})` : ""}${college(e.etablissement)}`,
    ]),
  Allocation: async (ids) =>
    (
      await db.allocation.findMany({
        where: { id: { in: ids } },
        select: { id: true, label: true, exercice: true, etablissement },
      })
    ).map((a) => [a.id, `${a.label} (${a.exercice})${college(a.etablissement)}`]),
  BudgetLine: async (ids) =>
    (
      await db.budgetLine.findMany({
        where: { id: { in: ids } },
        select: { id: true, label: true, exercice: true, chapitre: true, nature: true },
      })
    ).map((l) => [l.id, `${l.label} (${l.exercice}, chapitre ${l.chapitre}, nature ${l.nature})`]),
  Autorisation: async (ids) =>
    (
      await db.autorisation.findMany({
        where: { id: { in: ids } },
        select: { id: true, label: true },
      })
    ).map((a) => [a.id, a.label]),
  NeedsCampaign: async (ids) =>
    (
      await db.needsCampaign.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((c) => [c.id, c.title]),
  ConventionTemplate: async (ids) =>
    (
      await db.conventionTemplate.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((t) => [t.id, t.name]),
  Sector: async (ids) =>
    (
      await db.sector.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((s) => [s.id, `secteur « ${s.name} »`]),
  GovernanceBody: async (ids) =>
    (
      await db.governanceBody.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((b) => [b.id, `instance « ${b.name} »`]),
  Meeting: async (ids) =>
    (
      await db.meeting.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, startsAt: true, body: { select: { name: true } } },
      })
    ).map((m) => [m.id, `séance « ${m.title} » du ${formatDate(m.startsAt)} (${m.body.name})`]),
  EquipmentImport: async (ids) =>
    (
      await db.equipmentImport.findMany({
        where: { id: { in: ids } },
        select: { id: true, fileName: true },
      })
    ).map((i) => [i.id, `fichier « ${i.fileName} »`]),
  Invitation: async (ids) =>
    (
      await db.invitation.findMany({
        where: { id: { in: ids } },
        select: { id: true, email: true, name: true },
      })
    ).map((i) => [i.id, `${i.name} <${i.email}>`]),
  Membership: async (ids) =>
    (
      await db.membership.findMany({
        where: { id: { in: ids } },
        select: { id: true, user: { select: { name: true, email: true } } },
      })
    ).map((m) => [m.id, `${m.user.name} <${m.user.email}>`]),
  Visit: async (ids) =>
    (
      await db.visit.findMany({
        where: { id: { in: ids } },
        select: { id: true, plannedOn: true, halfDay: true, etablissement },
      })
    ).map((v) => [
      v.id,
      `Visite du ${formatDate(v.plannedOn)} (${HALF_DAY_LABELS[v.halfDay].toLowerCase()})${college(v.etablissement)}`,
    ]),
};

/**
 * What each object of a journal page is, in words (« Ordinateur portable × 16 — Collège les
 * Gayeulles (0350027P) » rather than an internal id), keyed `type:id`. Only the objects of events
 * the context already reads are looked up, with one query per type on the page; an object deleted
 * since keeps its id.
 */
export async function describeAuditEntities(events: readonly Ref[]): Promise<Map<string, string>> {
  const pairs = await Promise.all(
    Object.entries(NAMERS).map(([type, namer]) => {
      const ids = [
        ...new Set(
          events.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId!),
        ),
      ];
      return ids.length > 0
        ? namer(ids).then((rows) =>
            rows.map(([id, name]): [string, string] => [`${type}:${id}`, name]),
          )
        : Promise.resolve([]);
    }),
  );
  return new Map(pairs.flat());
}
