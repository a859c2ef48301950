/** « Académie de Rennes », « Académie d'Aix-Marseille », « Académie de La Réunion ». */
export function academieLabel(name: string): string {
  return /^[AEIOUÉÈÊÎÔY]/i.test(name) ? `Académie d'${name}` : `Académie de ${name}`;
}
