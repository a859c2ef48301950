import type { ReactNode } from "react";
import type { IndicatorValues } from "@/lib/inventory/indicator-math";
import { Figure } from "@/components/inventory/indicators/figures";
import type { Column } from "@/components/ui/data-table";

/**
 * The four equipment indicators both académie tables show (the départements, a département's
 * collèges), each a Figure of the row's indicators; `per100` may wrap the first one (a link).
 */
export function indicatorColumns<Row>(
  of: (row: Row) => IndicatorValues | null,
  per100: (row: Row, figure: ReactNode) => ReactNode = (_row, figure) => figure,
): Column<Row>[] {
  return [
    {
      key: "terminauxPour100",
      header: "Terminaux pour 100 élèves",
      numeric: true,
      cell: (row) => per100(row, <Figure value={of(row)?.terminauxPour100 ?? null} />),
    },
    {
      key: "elevesParTerminal",
      header: "Élèves par terminal",
      numeric: true,
      cell: (row) => <Figure value={of(row)?.elevesParTerminal ?? null} />,
    },
    {
      key: "partPlus5Ans",
      header: "Terminaux de plus de 5 ans",
      numeric: true,
      cell: (row) => (
        <Figure value={of(row)?.partPlus5Ans ?? null} kind="percent" reason="aucun terminal daté" />
      ),
    },
    {
      key: "affichagesPour1000",
      header: <>Affichages interactifs pour 1&nbsp;000 élèves</>,
      numeric: true,
      cell: (row) => <Figure value={of(row)?.affichagesPour1000 ?? null} />,
    },
  ];
}
