import type { ReactNode } from "react";
import type { SpacePageArgs } from "@/components/layout/space-page";
import { BackHeading } from "@/components/ui/back-heading";

/** The hidden fields of a form acting in the collectivité of the page it stands on. */
export function collectiviteFormScope({ params, path }: SpacePageArgs<"code">) {
  return { scopeType: "COLLECTIVITE", scopeKey: params.code, path };
}

/** The body of a page that creates something: the way back to the list, the title, the form. */
export function FormSection({
  titleId,
  title,
  back,
  backLabel,
  children,
}: {
  titleId: string;
  title: string;
  back: string;
  backLabel: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="space-y-4">
      <BackHeading href={back} label={backLabel} title={title} titleId={titleId} />
      {children}
    </section>
  );
}
