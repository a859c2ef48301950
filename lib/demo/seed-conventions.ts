import type { Db } from "@/lib/db/client";
import { unsafeEnsureDefaultTemplates } from "@/lib/conventions/templates/unsafe-ensure-default-templates";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { insertConventions, tripartiteTitle, type Actor } from "@/lib/conventions/create-convention";
import { freezeForSignature } from "@/lib/conventions/submit-for-signature";
import { unsafeLockConvention } from "@/lib/conventions/load-convention";
import { defaultConventionDates } from "@/lib/conventions/dates";

const DEMO_ACTOR: Actor = { id: null, label: "chargement de la démonstration" };

/** The demo's collectivités: each gets the default templates. */
const COLLECTIVITES = ["35", "22", "14"] as const;

/**
 * In 35 and 22, a convention per collège awaiting the académie's signature first (the collectivité
 * chose that order), so the DRANE of Rennes has conventions of two départements to sign in one
 * batch. The collèges of the demo's chefs are left free for the three-party signature walkthrough.
 */
const AWAITING_ACADEMIE: Record<string, readonly string[]> = {
  "35": ["0350913C", "0351906G"],
  "22": ["0220045E"],
};

/**
 * Default convention templates for the demo collectivités, and a few conventions in signature.
 * Idempotent: a collectivité that already has conventions is left as it is. Bypasses the access
 * context: run from the command line only.
 */
export async function unsafeSeedDemoConventions(db: Db, now = new Date()): Promise<number> {
  let created = 0;
  for (const code of COLLECTIVITES) {
    const collectivite = await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true, code: true } });
    await db.$transaction((tx) => unsafeEnsureDefaultTemplates(tx, collectivite.id));
    const uais = AWAITING_ACADEMIE[code] ?? [];
    if (uais.length === 0 || (await db.convention.count({ where: { collectiviteId: collectivite.id } })) > 0) continue;
    const colleges = await db.etablissement.findMany({ where: { uai: { in: [...uais] }, secteur: "PUBLIC", etat: "OUVERT" }, select: { id: true, name: true, academieCode: true } });
    const content = { ...DEFAULT_TRIPARTITE_CONTENT, signingOrder: [{ party: "ETAT" as const, order: 1 }, { party: "EPLE" as const, order: 2 }, { party: "COLLECTIVITE" as const, order: 3 }] };
    await db.$transaction(async (tx) => {
      const inserted = await insertConventions(tx, DEMO_ACTOR, collectivite, colleges.map((c) => ({
        kind: "TRIPARTITE" as const, title: tripartiteTitle(c.name), academieCode: c.academieCode, etablissementId: c.id, parentId: null,
        templateVersionId: null, content, ...defaultConventionDates(now),
      })), now);
      for (const { id } of inserted) await freezeForSignature(tx, await unsafeLockConvention(tx, id), content, DEMO_ACTOR, now);
      created += inserted.length;
    }, { timeout: 60_000 });
  }
  return created;
}
