// The chained story of the conventions.*.test.ts files, as steps: each file replays the steps it starts
// after (support/story.ts), the test that tells a step calls it and checks what it wrote.

import { UAI } from "../support/fixtures";
import { storyUpTo } from "../support/story";
import { C22, C35, A14, E } from "../support/access";
import { completeDraft } from "../support/complete-draft";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import { refuseConvention } from "@/lib/conventions/refuse-convention";
import { withdrawConvention } from "@/lib/conventions/withdraw-convention";
import { recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { scannedPdf } from "../support/scan-pdf";
import {
  META,
  PASSWORD,
  as,
  draftContent,
  ids,
  newDraft,
  seedConventions,
  sha,
  sign,
} from "./conventions.fixtures";

// The stories' writes, one function a step: the test that tells a step calls it and checks what it
// wrote; a later test file replays the steps it starts after in its beforeAll.

/** Fills what freezing asks (support/complete-draft.ts), then freezes and submits for signature. */
export async function completeAndSubmit(conventionId: string, user = "agent35", scope = C35) {
  await completeDraft(await as(user, scope), conventionId);
  return submitForSignature(await as(user, scope), { conventionId });
}

export const REFERENTE = "Mme Référente, referente@ac-rennes.fr";

/** Les Gayeulles' draft, from the default template. */
export async function draftGayeulles() {
  const created = await newDraft("agent35", C35, UAI.gayeulles);
  ids.gayeulles = created.id;
  return created;
}

/** The draft saved with its title, its dates and the référente numérique. */
export async function editGayeulles() {
  const content = await draftContent(ids.gayeulles);
  content.referents.numerique = REFERENTE;
  await updateConventionDraft(await as("agent35", C35), {
    conventionId: ids.gayeulles,
    title: "Convention tripartite — Les Gayeulles",
    startsOn: "2026-12-01",
    endsOn: "2029-08-31",
    content: JSON.stringify(content),
  });
}

/** Freezes what the form on screen sends, never saved: an article edited, the référents, no cadre. */
export async function freezeGayeulles() {
  const onScreen = await draftContent(ids.gayeulles);
  onScreen.articles[0]!.body = `${onScreen.articles[0]!.body}\n\nTexte ajouté juste avant de figer.`;
  onScreen.referents = {
    numerique: REFERENTE,
    technique: "M. Technicien",
    collectivite: "Service numérique du Département",
  };
  onScreen.notApplicable = ["convention_cadre.reference"];
  return submitForSignature(await as("agent35", C35), {
    conventionId: ids.gayeulles,
    title: "Convention tripartite — Les Gayeulles",
    startsOn: "2026-12-01",
    endsOn: "2029-08-31",
    content: JSON.stringify(onScreen),
  });
}

/** How the rectorat and the collectivité sign Les Gayeulles' convention. */
export const RECTORAT_SIGNS = {
  qualite: "Secrétaire générale, par délégation",
  authorisationReference: "Arrêté 2025-R-087",
};
export const COLLECTIVITE_SIGNS = {
  qualite: "Vice-présidente",
  authorisationReference: "CP 2026-10-12",
};

/** Les Gayeulles' convention signed by its three parties: in force until 31 August 2029. */
export async function gayeullesInForce(): Promise<void> {
  await draftGayeulles();
  await editGayeulles();
  await freezeGayeulles();
  await sign("chefG", E(UAI.gayeulles), ids.gayeulles);
  await sign("recteur14", A14, ids.gayeulles, RECTORAT_SIGNS);
  await sign("sig35", C35, ids.gayeulles, COLLECTIVITE_SIGNS);
}

/** Rennes' convention, drafted, completed and submitted. */
export async function submitRennes() {
  const created = await newDraft("agent35", C35, UAI.rennes35b);
  ids.rennes = created.id;
  await completeAndSubmit(created.id);
  return created;
}

export const REFUSAL = "L'article sur la maintenance N1 ne correspond pas à notre organisation.";

export const refuseRennes = async () =>
  refuseConvention(await as("chefR", E(UAI.rennes35b)), {
    conventionId: ids.rennes,
    documentSha256: await sha(ids.rennes),
    reason: REFUSAL,
  });

export const withdrawRennes = async () =>
  withdrawConvention(await as("agent35", C35), {
    conventionId: ids.rennes,
    reason: "Correction de l'article sur la durée.",
  });

/** The chef of Rennes' signature given on paper, as the form sends it. */
export const paperSignature = () => ({
  conventionId: ids.rennes,
  party: "EPLE",
  signedOn: "2026-11-20",
  qualite: "Principal",
  authorisationReference: "CA 2026-3",
  authorisationDate: "2026-11-02",
  password: PASSWORD,
});

export const recordRennesOnPaper = async () =>
  recordOfflineSignature(
    await as("chefR", E(UAI.rennes35b)),
    paperSignature(),
    await scannedPdf(),
    META,
  );

/**
 * Rennes' convention refused (version 1), withdrawn after the chef's signature (version 2), then
 * signed on paper by the chef (version 3): it awaits the académie.
 */
export async function rennesAwaitingAcademie(): Promise<void> {
  await submitRennes();
  await refuseRennes();
  await completeAndSubmit(ids.rennes);
  await sign("chefR", E(UAI.rennes35b), ids.rennes);
  await withdrawRennes();
  await completeAndSubmit(ids.rennes);
  await recordRennesOnPaper();
}

/** Bourbriac's convention (22), the académie signing first, submitted. */
export async function submitBourbriac() {
  const b = await newDraft("agent22", C22, UAI.bourbriac22);
  ids.bourbriac = b.id;
  const content = await draftContent(b.id);
  content.signingOrder = [
    { party: "ETAT", order: 1 },
    { party: "EPLE", order: 2 },
    { party: "COLLECTIVITE", order: 2 },
  ];
  await updateConventionDraft(await as("agent22", C22), {
    conventionId: b.id,
    title: "Convention Bourbriac",
    startsOn: "2026-12-01",
    endsOn: "2029-08-31",
    content: JSON.stringify(content),
  });
  await completeAndSubmit(b.id, "agent22", C22);
  return b;
}

/** The stories in the order the files tell them, for `seedConventionsUpTo`. */
export const story = { gayeullesInForce, rennesAwaitingAcademie, submitBourbriac };

/** Where a later file starts: seeded, then the stories replayed up to `last`. */
export const seedConventionsUpTo = (last: keyof typeof story) =>
  storyUpTo(seedConventions, story, last);
