import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import type { ConventionContent } from "@/lib/conventions/content";
import { updateConventionDraft } from "@/lib/conventions/update-draft";

/**
 * Fills what freezing requires of a draft built from the default template: the référents left
 * empty, and the convention-cadre reference marked « sans objet » when there is no cadre.
 */
export async function completeDraft(ctx: AccessContext, conventionId: string): Promise<void> {
  const v = await db.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    orderBy: { number: "desc" },
    select: {
      content: true,
      startsOn: true,
      endsOn: true,
      convention: { select: { title: true, parentId: true } },
    },
  });
  const content = v.content as unknown as ConventionContent;
  content.referents = {
    numerique: content.referents.numerique || "Mme Référente numérique",
    technique: content.referents.technique || "M. Référent technique",
    collectivite: content.referents.collectivite || "Service du numérique éducatif",
  };
  if (!v.convention.parentId)
    content.notApplicable = [
      ...new Set([...(content.notApplicable ?? []), "convention_cadre.reference" as const]),
    ];
  await updateConventionDraft(ctx, {
    conventionId,
    title: v.convention.title,
    startsOn: v.startsOn?.toISOString().slice(0, 10) ?? "",
    endsOn: v.endsOn?.toISOString().slice(0, 10) ?? "",
    content: JSON.stringify(content),
  });
}
