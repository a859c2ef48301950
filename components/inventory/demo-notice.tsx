/** Said on every inventory page whose perimeter holds the demo's synthetic equipment. */
export function DemoNotice() {
  return (
    <p className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>Données fictives.</strong> Cet inventaire de démonstration est généré : les
      équipements, numéros de série et dates ne décrivent pas le parc réel des collèges (les
      effectifs estimés le disent aussi dans leur source).
    </p>
  );
}
