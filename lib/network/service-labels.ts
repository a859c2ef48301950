import { keysOf } from "@/lib/objects";

/** The kinds of services of a collectivité's catalogue, in the order lists show them. */
export const SERVICE_KIND_LABELS = {
  ENT: "Espace numérique de travail (ENT)",
  FILTRAGE: "Filtrage",
  MDM: "Gestion de flotte mobile (MDM)",
  LOGICIEL: "Logiciel",
  RESSOURCES: "Ressources numériques",
  MESSAGERIE: "Messagerie",
  AUTRE: "Autre service",
} as const;
export const SERVICE_KINDS = keysOf(SERVICE_KIND_LABELS);
