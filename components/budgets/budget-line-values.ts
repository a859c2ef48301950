// Not a client module: server pages build these values for the client form.

/** A line as the form shows it: strings, amounts in euros (« -1000,50 » for a reducing DM). */
export interface BudgetLineFormValues {
  id?: string;
  exercice: string;
  section: string;
  chapitre: string;
  fonction: string;
  nature: string;
  label: string;
  category: string;
  funding: string;
  bp: string;
  dm: string;
  engaged: string;
  mandated: string;
  autorisationId: string;
}

export function emptyBudgetLine(exercice: number): BudgetLineFormValues {
  return {
    exercice: String(exercice),
    section: "INVESTISSEMENT",
    chapitre: "21",
    fonction: "221",
    nature: "21831",
    label: "",
    category: "EQUIPEMENT",
    funding: "COLLECTIVITE",
    bp: "",
    dm: "0",
    engaged: "0",
    mandated: "0",
    autorisationId: "",
  };
}
