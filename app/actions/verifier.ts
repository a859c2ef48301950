"use server";

import type { ActionState } from "@/lib/actions/run-action";
import { runPublicAction } from "@/app/actions/form-actions";
import {
  verifySubmittedDocument,
  type VerifiedConventionDocument,
} from "@/lib/conventions/verify-document";
import type { VerifiedMinutes } from "@/lib/governance/verify-minutes";
import type { VerifiedReview } from "@/lib/reviews/verify-review";

export interface VerifyDocumentState extends ActionState {
  /** The SHA-256 computed on the server (or pasted), shown whatever the answer. */
  sha256: string | null;
  document: VerifiedConventionDocument | null;
  minutes: VerifiedMinutes | null;
  review: VerifiedReview | null;
}

/** Public: anyone may check a convention's or minutes' PDF; there is no space, so no access context. */
export async function verifyDocumentAction(
  _state: VerifyDocumentState,
  formData: FormData,
): Promise<VerifyDocumentState> {
  return runPublicAction<Pick<VerifyDocumentState, "sha256" | "document" | "minutes" | "review">>(
    "verify",
    async () => {
      const file = formData.get("document");
      const { sha256, document, minutes, review } = await verifySubmittedDocument({
        file: file instanceof File ? file : null,
        sha256: formData.get("sha256"),
      });
      const message =
        document || minutes || review
          ? "Document reconnu."
          : "Aucune convention, aucun compte rendu ni aucun bilan enregistré ne correspond à ce document.";
      return { message, sha256, document, minutes, review };
    },
    { sha256: null, document: null, minutes: null, review: null },
  );
}
