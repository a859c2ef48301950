/** The columns of an equipment export, named as the import recognises them (round trip). */
export const EQUIPMENT_EXPORT_HEADER = [
  "UAI",
  "Établissement",
  "Catégorie",
  "Fabricant",
  "Modèle",
  "Numéro de série",
  "Numéro d'inventaire",
  "Date d'acquisition",
  "Fin de garantie",
  "Statut",
  "Emplacement",
  "Usage",
  "Financement",
  "Coût d'achat (€)",
] as const;
