/** What describes one piece of equipment, in every export that lists equipment. */
export const EQUIPMENT_DESCRIPTION_HEADER = [
  "Catégorie",
  "Fabricant",
  "Modèle",
  "Numéro de série",
  "Numéro d'inventaire",
  "Date d'acquisition",
  "Fin de garantie",
  "Statut",
] as const;

/** The columns of an equipment export, named as the import recognises them (round trip). */
export const EQUIPMENT_EXPORT_HEADER = [
  "UAI",
  "Établissement",
  ...EQUIPMENT_DESCRIPTION_HEADER,
  "Emplacement",
  "Usage",
  "Financement",
  "Coût d'achat (€)",
] as const;
