import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { unsafeNetworkAssessments } from "@/lib/network/read-network";

/**
 * The equipment that is of no use where the internet access or the Wi-Fi is not ready (the
 * seeds: network first): mobile terminals and interactive displays.
 */
export const NETWORK_DEPENDENT_CATEGORIES: readonly EquipmentCategory[] = [
  "TABLETTE",
  "EIM",
  "CLASSE_MOBILE",
  "TNI_TBI",
  "VPI",
  "ENI",
];

export const isNetworkDependent = (category: EquipmentCategory) =>
  NETWORK_DEPENDENT_CATEGORIES.includes(category);

export interface NetworkWarning {
  uai: string;
  name: string;
  /** False: a threshold known to be missed; null: the network is not (fully) known. */
  ready: false | null;
  /** In words: « débit sous 50 Mbit/s ; Wi-Fi dans 40 % des salles ». */
  text: string;
}

/**
 * The readiness gate: of the collèges given (by UAI, read in the collectivité's own scope), those
 * whose network is below the collectivité's thresholds or unknown, with why — to be shown before a
 * decision puts interactive or mobile equipment there. Empty outside a collectivité's space.
 */
export async function networkWarnings(
  ctx: AccessContext,
  uais: readonly string[],
): Promise<Map<string, NetworkWarning>> {
  if (ctx.scope.type !== "COLLECTIVITE" || uais.length === 0) return new Map();
  const colleges = await db.etablissement.findMany({
    where: { collectiviteId: ctx.scope.id, uai: { in: [...new Set(uais)] } },
    select: { id: true, uai: true, name: true },
  });
  const assessments = await unsafeNetworkAssessments(
    ctx.scope.id,
    colleges.map((c) => c.id),
  );
  const warnings = new Map<string, NetworkWarning>();
  for (const c of colleges) {
    const a = assessments.get(c.id);
    if (a?.ready === true) continue;
    warnings.set(c.uai, {
      uai: c.uai,
      name: c.name,
      ready: a?.ready === false ? false : null,
      text: a
        ? `${a.ready === false ? "réseau sous les seuils" : "réseau incomplètement connu"} : ${a.issues.join(" ; ")}`
        : "réseau inconnu : la collectivité ne l'a pas renseigné",
    });
  }
  return warnings;
}
