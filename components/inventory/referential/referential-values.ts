import type { ReferentialTargets } from "@/lib/inventory/referential";

/** « 2,5 » for 2.5: what a French user types back. */
export function decimalInput(value: number): string {
  return String(value).replace(".", ",");
}

/** « 800 » for 80 000 cents, « 749,90 » for 74 990. */
export function euroInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace(".", ",");
}

export const TARGET_FIELDS: readonly {
  name: keyof ReferentialTargets;
  label: string;
  help: string;
}[] = [
  {
    name: "elevesParTerminal",
    label: "Élèves par terminal (au plus)",
    help: "Entre 0,5 et 30 ; 3 signifie un terminal pour 3 élèves.",
  },
  {
    name: "elevesParSalle",
    label: "Élèves par salle",
    help: "Entier entre 10 et 40 ; sert à estimer le nombre de salles d'un collège.",
  },
  {
    name: "affichagesParSalle",
    label: "Affichages interactifs par salle (TNI/TBI, VPI, ENI)",
    help: "Positif ou nul, 5 au plus ; 1 pour un écran par salle.",
  },
  {
    name: "classesMobilesParCollege",
    label: "Classes mobiles par collège",
    help: "Entier entre 0 et 50.",
  },
  {
    name: "bornesWifiParSalle",
    label: "Bornes Wi-Fi par salle",
    help: "Positif ou nul, 5 au plus ; 0,5 pour une borne pour deux salles.",
  },
];
