import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { reportIncident } from "@/lib/assistance/report-incident";
import {
  takeIncident,
  pauseIncident,
  resumeIncident,
  assignIncident,
} from "@/lib/assistance/handle-incident";
import { resolveIncident } from "@/lib/assistance/resolve-incident";
import { confirmIncident, reopenIncident } from "@/lib/assistance/confirm-incident";
import { rerouteIncident } from "@/lib/assistance/reroute-incident";
import { getIncident } from "@/lib/assistance/get-incident";
import { commentIncident, getIncidentAttachment } from "@/lib/assistance/comment-incident";
import type { AccessContext } from "@/lib/access/context";
import { createUser, UAI } from "../support/fixtures";
import { A14, A70, C14, C35, contextAs, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import {
  as,
  ids,
  incidentSnapshot,
  reportScreen,
  screenReport,
  seedAssistance,
  T,
  users,
} from "./assistance.fixtures";

beforeAll(seedAssistance);

const tech = () => as("tech35", C35);
const chef = () => as("chefG", E(UAI.gayeulles));
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0,
]);
const file = (bytes: Uint8Array | string, name: string, type = "application/octet-stream") =>
  new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });

/** The refusal's code: an AppError's, or INVALID_INPUT for a form the schema refuses. */
async function refusalCode(act: () => Promise<unknown>): Promise<string> {
  try {
    return (await appErrorOf(act)).code;
  } catch (error) {
    if (error instanceof ZodError) return "INVALID_INPUT";
    throw error;
  }
}

/** Expects `act` to be refused with `code`, the incident and its history unchanged. */
async function refused(id: string, code: string, act: () => Promise<unknown>) {
  const before = await incidentSnapshot(id);
  const mails = await db.outboxEmail.count();
  expect(await refusalCode(act)).toBe(code);
  expect(await incidentSnapshot(id)).toBe(before);
  expect(await db.outboxEmail.count()).toBe(mails);
}

describe("every transition refuses the wrong state, and leaves the incident as it was", () => {
  it("from NOUVEAU: no pause, resume, resolution, confirmation or reopening", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    const input = { incidentId: id };
    await refused(id, "CONFLICT", async () =>
      pauseIncident(await tech(), { ...input, waitingFor: "EN_ATTENTE_COLLEGE", reason: "x" }),
    );
    await refused(id, "CONFLICT", async () => resumeIncident(await tech(), input));
    await refused(id, "CONFLICT", async () =>
      resolveIncident(await tech(), { ...input, resolution: "x" }),
    );
    await refused(id, "CONFLICT", async () => confirmIncident(await chef(), input));
    await refused(id, "CONFLICT", async () =>
      reopenIncident(await chef(), { ...input, reason: "x" }),
    );
  });

  it("taken: not taken twice, not re-routed to where it is, not resolved without a text", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    await takeIncident(await tech(), { incidentId: id }, T.taken);
    await refused(id, "CONFLICT", async () => takeIncident(await tech(), { incidentId: id }));
    await refused(id, "INVALID_INPUT", async () =>
      rerouteIncident(await tech(), {
        incidentId: id,
        party: "COLLECTIVITE",
        level: "N2",
        reason: "x",
      }),
    );
    await refused(id, "INVALID_INPUT", async () =>
      rerouteIncident(await tech(), { incidentId: id, party: "ETAT", level: "N2", reason: " " }),
    );
    await refused(id, "INVALID_INPUT", async () =>
      resolveIncident(await tech(), { incidentId: id, resolution: "" }),
    );
    await refused(id, "INVALID_INPUT", async () =>
      resolveIncident(await tech(), {
        incidentId: id,
        resolution: "Réformé",
        equipmentOutcome: "REFORME",
        disposalReason: "HS",
      }),
    );
    await refused(id, "INVALID_INPUT", async () =>
      assignIncident(await tech(), { incidentId: id, assigneeId: users.chefG! }),
    );
  });

  it("resolved: no re-route, no second resolution; retiring the equipment needs a reason", async () => {
    const { id } = await reportScreen(T.reported, {
      equipmentId: ids.poste,
      domain: "POSTES_PERIPHERIQUES",
    });
    await takeIncident(await tech(), { incidentId: id }, T.taken);
    await refused(id, "INVALID_INPUT", async () =>
      resolveIncident(await tech(), {
        incidentId: id,
        resolution: "HS",
        equipmentOutcome: "REFORME",
      }),
    );
    await resolveIncident(
      await tech(),
      {
        incidentId: id,
        resolution: "Carte mère HS",
        equipmentOutcome: "REFORME",
        disposalReason: "Irréparable",
      },
      T.resolved,
    );
    expect(await db.equipment.findUniqueOrThrow({ where: { id: ids.poste } })).toMatchObject({
      status: "REFORME",
    });
    expect(
      await db.equipmentDisposal.findUniqueOrThrow({ where: { equipmentId: ids.poste } }),
    ).toMatchObject({
      incidentId: id,
      reason: "Irréparable",
    });
    await refused(id, "CONFLICT", async () =>
      rerouteIncident(await tech(), { incidentId: id, party: "ETAT", level: "N2", reason: "x" }),
    );
    await refused(id, "CONFLICT", async () =>
      resolveIncident(await tech(), { incidentId: id, resolution: "x" }),
    );
    // A retired item takes no new incident.
    expect(
      (
        await appErrorOf(async () =>
          reportIncident(await chef(), screenReport({ equipmentId: ids.poste })),
        )
      ).code,
    ).toBe("INVALID_INPUT");
  });
});

describe("no party acts for another", () => {
  it("only the handling queue's members take, pause, re-route or resolve; only the collège confirms or reopens", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    const input = { incidentId: id };
    for (const actor of [
      () => chef(),
      () => as("refTechG", E(UAI.gayeulles)),
      () => as("drane14", A14),
      () => as("elu35", C35),
    ])
      await refused(id, "FORBIDDEN", async () => takeIncident(await actor(), input));
    await takeIncident(await tech(), input, T.taken);
    await resolveIncident(await tech(), { ...input, resolution: "Réglé" }, T.resolved);
    for (const actor of [() => tech(), () => as("agent35", C35), () => as("recteur14", A14)]) {
      await refused(id, "FORBIDDEN", async () => confirmIncident(await actor(), input));
      await refused(id, "FORBIDDEN", async () =>
        reopenIncident(await actor(), { ...input, reason: "x" }),
      );
    }
  });

  it("one person, one step: who resolved for the handling party does not confirm for the collège", async () => {
    const both = await createUser("tech-et-referent@test.fr", [
      { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: ids.sectorG },
      { scopeType: "ETABLISSEMENT", role: "REFERENT_NUMERIQUE", key: UAI.gayeulles },
    ]);
    const asTech = () => contextAs(both, C35);
    const asCollege = () => contextAs(both, E(UAI.gayeulles));
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    await takeIncident(await asTech(), { incidentId: id }, T.taken);
    await resolveIncident(await asTech(), { incidentId: id, resolution: "Réglé" }, T.resolved);
    const error = await appErrorOf(async () =>
      confirmIncident(await asCollege(), { incidentId: id }),
    );
    expect(error.message).toContain("une autre personne du collège confirme");
    await refused(id, "FORBIDDEN", async () =>
      confirmIncident(await asCollege(), { incidentId: id }),
    );
    // The page offers the confirmation to another member of the collège, and says why not to this one.
    const shown = await getIncident(await asCollege(), id);
    expect(shown.actions).not.toContain("confirm");
    expect(shown.confirmRefusal).toContain("une autre personne du collège confirme");
    const toChef = await getIncident(await chef(), id);
    expect(toChef.actions).toContain("confirm");
    expect(toChef.confirmRefusal).toBeNull();
    // Another member of the collège confirms.
    await confirmIncident(await chef(), { incidentId: id });
    expect(
      await db.incident.findUniqueOrThrow({ where: { id }, select: { status: true } }),
    ).toEqual({ status: "CLOS" });
  });

  it("an internal note is the handling party's: the collège cannot write one", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    await refused(id, "FORBIDDEN", async () =>
      commentIncident(await chef(), { incidentId: id, body: "Note", internal: true }),
    );
    await commentIncident(
      await tech(),
      { incidentId: id, body: "Voir avec le prestataire", internal: "on" },
      [],
      T.taken,
    );
    const note = await db.incidentEvent.findFirstOrThrow({
      where: { incidentId: id, kind: "COMMENTAIRE" },
    });
    expect(note).toMatchObject({ internal: true, actorParty: "COLLECTIVITE" });
    expect(
      await db.outboxEmail.count({ where: { text: { contains: "Voir avec le prestataire" } } }),
    ).toBe(0);
  });

  it("the collège's answer to a wait for the collège starts the clock again", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null });
    await takeIncident(await tech(), { incidentId: id }, T.taken);
    await pauseIncident(
      await tech(),
      { incidentId: id, waitingFor: "EN_ATTENTE_COLLEGE", reason: "Quelle salle ?" },
      T.paused,
    );
    await commentIncident(
      await chef(),
      { incidentId: id, body: "Salle 104, au fond." },
      [],
      T.resumed,
    );
    const row = await db.incident.findUniqueOrThrow({ where: { id }, include: { pauses: true } });
    expect(row.status).toBe("PRIS_EN_CHARGE");
    expect(row.pauses).toMatchObject([{ reason: "EN_ATTENTE_COLLEGE", endedAt: T.resumed }]);
    expect(
      await db.outboxEmail.count({
        where: { to: "tech35@test.fr", text: { contains: "Salle 104, au fond." } },
      }),
    ).toBe(1);
  });
});

describe("another collège, département or académie: not found, nothing changed", () => {
  it("answers NOT_FOUND to every action and to the files", async () => {
    const { id } = await reportIncident(
      await chef(),
      screenReport({ equipmentId: null }),
      [file(PNG, "photo.png", "image/png")],
      T.reported,
    );
    const attachment = await db.incidentAttachment.findFirstOrThrow({ where: { incidentId: id } });
    expect(attachment).toMatchObject({ contentType: "image/png", fileName: "photo.png" });
    const strangers: (() => Promise<AccessContext>)[] = [
      () => as("chefR", E(UAI.rennes35b)),
      () => as("techOther", C35),
      () => as("agent14", C14),
      () => as("agent22", { type: "COLLECTIVITE", code: "22" }),
      () => as("drane70", A70),
    ];
    for (const stranger of strangers) {
      await refused(id, "NOT_FOUND", async () =>
        takeIncident(await stranger(), { incidentId: id }),
      );
      await refused(id, "NOT_FOUND", async () =>
        commentIncident(await stranger(), { incidentId: id, body: "Bonjour" }),
      );
      expect(
        (await appErrorOf(async () => getIncidentAttachment(await stranger(), id, attachment.id)))
          .code,
      ).toBe("NOT_FOUND");
    }
    // The académie's assistance desk sees only what was routed to the State.
    await refused(id, "NOT_FOUND", async () =>
      commentIncident(await as("assist14", A14), { incidentId: id, body: "x" }),
    );
  });

  it("refuses another collège's equipment, and a file that is not what it claims, storing nothing", async () => {
    const count = await db.incident.count();
    expect(
      (
        await appErrorOf(async () =>
          reportIncident(await chef(), screenReport({ equipmentId: ids.bourbriacPc })),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const fake = file("MZ\u0090\u0000 not a picture", "photo.jpg", "image/jpeg");
    const error = await appErrorOf(async () =>
      reportIncident(await chef(), screenReport({ equipmentId: null }), [fake]),
    );
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("« photo.jpg »"),
    });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(
      (
        await appErrorOf(async () =>
          reportIncident(await chef(), screenReport({ equipmentId: null }), [
            file(big, "grande.png"),
          ]),
        )
      ).message,
    ).toContain("dépasse 5 Mo");
    expect(await db.incident.count()).toBe(count);
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.bourbriacPc } })).status).toBe(
      "EN_SERVICE",
    );
  });

  it("takes an empty file input, as the framework hands it over (0 bytes, « undefined »), for no file", async () => {
    const { id } = await reportIncident(
      await chef(),
      screenReport({ equipmentId: null }),
      [new File([], "undefined", { type: "application/octet-stream" })],
      T.reported,
    );
    expect(await db.incidentAttachment.count({ where: { incidentId: id } })).toBe(0);
  });
});
