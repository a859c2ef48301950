import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { agreeToPublish, createCall } from "@/lib/calls/write-call";
import { saveApplication, submitApplication } from "@/lib/calls/applications";
import { addApplicationAttachments, getApplicationAttachment } from "@/lib/calls/attachments";
import { createUsers, people, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { A14, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { signInAs } from "../support/session";
import { callTerms, dossierInput } from "../support/calls";

// A dossier's attachments (issue 18): the collège joins photos or PDFs to its draft, checked on
// their bytes; a hostile file refuses the whole sending, nothing written; after the deposit
// nothing is added. The collège, the collectivité and the co-pilot académie download them; any
// other space gets a 404.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);
const OPEN = new Date("2026-12-07T10:00:00Z");

const pdf = (name: string) =>
  new File([`%PDF-1.4\n% Avis du conseil pédagogique\n%%EOF\n`], name, {
    type: "application/pdf",
  });

let callId = "";

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "agent22", "drane14", "drane70", "chefG", "chefR"),
  });
  callId = (
    await createCall(
      await as("agent35", C35),
      callTerms({ criteria: [{ label: "Projet", weight: "100" }], categories: ["ENI"] }),
    )
  ).id;
  await agreeToPublish(await as("agent35", C35), { callId }, OPEN);
  await agreeToPublish(await as("drane14", A14), { callId }, OPEN);
});

describe("a dossier's attachments", () => {
  it("are joined to a saved draft only, all or nothing, and no longer after the deposit", async () => {
    const chef = await as("chefG", G);
    await expect(
      addApplicationAttachments(chef, { callId }, [pdf("avis.pdf")], OPEN),
    ).rejects.toThrow("Enregistrez d'abord le dossier, puis joignez-y vos fichiers.");
    await saveApplication(chef, dossierInput(callId), OPEN);
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "plan.pdf");
    await expect(
      addApplicationAttachments(chef, { callId }, [pdf("avis.pdf"), exe], OPEN),
    ).rejects.toThrow(/« plan\.pdf » n'est ni une photo .* ni un PDF/);
    expect(await db.applicationAttachment.count()).toBe(0);
    expect(
      (
        await appErrorOf(async () =>
          addApplicationAttachments(await as("agent35", C35), { callId }, [pdf("a.pdf")], OPEN),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await addApplicationAttachments(chef, { callId }, [pdf("avis.pdf")], OPEN)).toEqual({
      added: 1,
    });
    // A draft's files stay the collège's until the deposit.
    const draftFile = await db.applicationAttachment.findFirstOrThrow({ select: { id: true } });
    expect(
      (
        await appErrorOf(async () =>
          getApplicationAttachment(await as("agent35", C35), callId, draftFile.id),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await submitApplication(chef, { callId }, OPEN);
    await expect(
      addApplicationAttachments(chef, { callId }, [pdf("plan.pdf")], OPEN),
    ).rejects.toThrow("Le dossier est déposé : il ne se modifie plus.");
    expect(await db.applicationAttachment.count()).toBe(1);
  });

  it("are downloaded by the collège, the collectivité and the co-pilot académie; 404 elsewhere", async () => {
    const file = await db.applicationAttachment.findFirstOrThrow({ select: { id: true } });
    type Route = { GET: (r: Request, c: { params: Promise<never> }) => Promise<Response> };
    const routes = {
      c: (await import("@/app/c/[code]/appels/[id]/pieces/[pieceId]/route")) as Route,
      a: (await import("@/app/a/[code]/appels/[id]/pieces/[pieceId]/route")) as Route,
      e: (await import("@/app/e/[uai]/appels/[id]/pieces/[pieceId]/route")) as Route,
    };
    const cases: [string, keyof typeof routes, Record<string, string>, number][] = [
      ["chefG", "e", { uai: UAI.gayeulles }, 200],
      ["agent35", "c", { code: "35" }, 200],
      ["drane14", "a", { code: "14" }, 200],
      ["chefR", "e", { uai: UAI.rennes35b }, 404],
      ["agent22", "c", { code: "22" }, 404],
      ["drane70", "a", { code: "70" }, 404],
    ];
    for (const [user, space, scope, status] of cases) {
      signInAs(users[user]!);
      const response = await routes[space].GET(new Request("http://localhost/"), {
        params: Promise.resolve({ ...scope, id: callId, pieceId: file.id } as never),
      });
      expect(response.status, user).toBe(status);
      if (status === 200) expect(response.headers.get("Content-Type")).toBe("application/pdf");
    }
    // Another collège does not reach it through its own space either.
    expect(
      (
        await appErrorOf(async () =>
          addApplicationAttachments(
            await as("chefR", R),
            { callId: "inconnu" },
            [pdf("x.pdf")],
            OPEN,
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
