import type {
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";
import { keysOf } from "@/lib/objects";

/** The taxonomy of domain.md, in the order lists and tables show it. */
export const CATEGORY_LABELS: Record<EquipmentCategory, string> = {
  POSTE_FIXE: "Poste fixe",
  PORTABLE: "Ordinateur portable",
  ULTRAPORTABLE: "Ultra-portable",
  TABLETTE: "Tablette",
  EIM: "Équipement individuel mobile (EIM)",
  CLASSE_MOBILE: "Classe mobile",
  TNI_TBI: "TNI / TBI",
  VPI: "Vidéoprojecteur interactif (VPI)",
  ENI: "Écran numérique interactif (ENI)",
  VIDEOPROJECTEUR: "Vidéoprojecteur",
  IMPRIMANTE: "Imprimante (dont 3D)",
  SERVEUR: "Serveur",
  BORNE_WIFI: "Borne Wi-Fi",
  COMMUTATEUR: "Commutateur / cœur de réseau",
  TELEPHONIE_IP: "Téléphonie IP",
  LICENCE_MDM: "Licence MDM",
  RECHANGE: "Matériel de rechange",
  AUTRE: "Autre",
};
export const EQUIPMENT_CATEGORIES = keysOf(CATEGORY_LABELS);

/** Terminals in the ETIC sense: what a pupil works on. */
export const TERMINAL_CATEGORIES = [
  "POSTE_FIXE",
  "PORTABLE",
  "ULTRAPORTABLE",
  "TABLETTE",
  "EIM",
] as const satisfies readonly EquipmentCategory[];

/** Interactive classroom displays (TNI/TBI, VPI, ENI), counted together by the référentiel. */
export const INTERACTIVE_DISPLAY_CATEGORIES = [
  "TNI_TBI",
  "VPI",
  "ENI",
] as const satisfies readonly EquipmentCategory[];

export const STATUS_LABELS: Record<EquipmentStatus, string> = {
  EN_SERVICE: "En service",
  EN_PANNE: "En panne",
  EN_STOCK: "En stock",
  REFORME: "Réformé",
};
export const EQUIPMENT_STATUSES = keysOf(STATUS_LABELS);

export const USAGE_LABELS: Record<EquipmentUsage, string> = {
  PEDAGOGIQUE: "Pédagogique",
  ADMINISTRATIF: "Administratif",
};
export const EQUIPMENT_USAGES = keysOf(USAGE_LABELS);

export const FUNDING_LABELS: Record<FundingSource, string> = {
  COLLECTIVITE: "Collectivité de rattachement",
  ETAT: "État (plans nationaux, TNE, PIA)",
  ETABLISSEMENT: "Budget de l'établissement",
  COMMUNE_EPCI: "Commune ou EPCI",
  AUTRE: "Autre",
};
export const FUNDING_SOURCES = keysOf(FUNDING_LABELS);

export type { EquipmentCategory, EquipmentStatus, EquipmentUsage, FundingSource };
