import { hasAssistance, type Assistance } from "@/lib/conventions/content";
import { ASSISTANCE_DOMAIN_LABELS, HANDLER_PARTY_LABELS } from "@/lib/assistance/vocabulary";
import { describeAssistanceTerms, describeSla } from "@/lib/assistance/describe-sla";
import type { PdfCursor } from "@/lib/conventions/pdf/pdf-cursor";

/**
 * The routing table and the measured commitments, under the service levels of their annex: what
 * the assistance module applies to the collège's incidents. A document without any writes nothing.
 */
export function writeAssistance(cursor: PdfCursor, assistance: Assistance): void {
  if (!hasAssistance(assistance)) return;
  cursor.heading("Aiguillage des signalements", 11.5);
  if (assistance.routing.length === 0) cursor.text("Aucun domaine n'est aiguillé.", { after: 10 });
  else
    cursor.table(
      [
        { header: "Domaine", width: 0.5 },
        { header: "Traité par", width: 0.35 },
        { header: "Niveau", width: 0.15, center: true },
      ],
      assistance.routing.map((r) => [
        ASSISTANCE_DOMAIN_LABELS[r.domain],
        HANDLER_PARTY_LABELS[r.party],
        r.level,
      ]),
    );
  cursor.heading("Engagements mesurés", 11.5);
  if (assistance.serviceLevels.length === 0)
    cursor.text("Aucun engagement mesuré.", { size: 10, after: 6 });
  for (const rule of assistance.serviceLevels)
    cursor.text(`– ${describeSla(rule)}.`, { size: 10, after: 3 });
  cursor.space(6);
  for (const [term, text] of describeAssistanceTerms(assistance)) cursor.field(term, text);
  cursor.space(8);
}
