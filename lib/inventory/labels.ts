import type {
  EquipmentCategory,
  EquipmentStatus,
  EquipmentUsage,
  FundingSource,
} from "@/lib/generated/prisma/enums";

/** The taxonomy of domain.md, in the order lists and tables show it. */
export const EQUIPMENT_CATEGORIES = [
  "POSTE_FIXE",
  "PORTABLE",
  "ULTRAPORTABLE",
  "TABLETTE",
  "EIM",
  "CLASSE_MOBILE",
  "TNI_TBI",
  "VPI",
  "ENI",
  "VIDEOPROJECTEUR",
  "IMPRIMANTE",
  "SERVEUR",
  "BORNE_WIFI",
  "COMMUTATEUR",
  "TELEPHONIE_IP",
  "LICENCE_MDM",
  "RECHANGE",
  "AUTRE",
] as const satisfies readonly EquipmentCategory[];

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

export const EQUIPMENT_STATUSES = [
  "EN_SERVICE",
  "EN_PANNE",
  "EN_STOCK",
  "REFORME",
] as const satisfies readonly EquipmentStatus[];

export const STATUS_LABELS: Record<EquipmentStatus, string> = {
  EN_SERVICE: "En service",
  EN_PANNE: "En panne",
  EN_STOCK: "En stock",
  REFORME: "Réformé",
};

export const EQUIPMENT_USAGES = [
  "PEDAGOGIQUE",
  "ADMINISTRATIF",
] as const satisfies readonly EquipmentUsage[];

export const USAGE_LABELS: Record<EquipmentUsage, string> = {
  PEDAGOGIQUE: "Pédagogique",
  ADMINISTRATIF: "Administratif",
};

export const FUNDING_SOURCES = [
  "COLLECTIVITE",
  "ETAT",
  "ETABLISSEMENT",
  "COMMUNE_EPCI",
  "AUTRE",
] as const satisfies readonly FundingSource[];

export const FUNDING_LABELS: Record<FundingSource, string> = {
  COLLECTIVITE: "Collectivité de rattachement",
  ETAT: "État (plans nationaux, TNE, PIA)",
  ETABLISSEMENT: "Budget de l'établissement",
  COMMUNE_EPCI: "Commune ou EPCI",
  AUTRE: "Autre",
};

export type { EquipmentCategory, EquipmentStatus, EquipmentUsage, FundingSource };
