import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  addWave,
  adoptProgramme,
  assignCollege,
  attestTraining,
  createProgramme,
  declareTraining,
  removeAssignment,
  setNetworkReadiness,
  updateProgramme,
} from "@/lib/programmes/write-programme";
import { getProgramme, listProgrammes } from "@/lib/programmes/read-programmes";
import { createProgrammeProposal, getRenewalProposals } from "@/lib/budgets/renewal-proposals";
import type { AccessContext } from "@/lib/access/context";
import { getCollegeProjects } from "@/lib/dashboards/etablissement-projects";
import { currentParisYear } from "@/lib/dates";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { A14, A70, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";

// Deployment programmes by waves (issue 18): the collectivité plans its own programme, places its
// collèges in waves (the préfigurateurs first), states their network ready; the académie attests
// its collèges' training, the collège only declares it; the renewal plan's budget proposals count
// the adopted waves. Other scopes get not found, and a refused act leaves everything as it was.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);
const B = E(UAI.bourbriac22);
// Waves are planned from today (a past date is refused): the years follow the clock.
const NOW = new Date();
const THIS_YEAR = currentParisYear(NOW);
const Y1 = THIS_YEAR + 1;
const Y2 = THIS_YEAR + 2;

const idOf = async (uai: string) =>
  (await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } })).id;

/** Everything a programme holds, and the journal's and budget's sizes, to compare before and after a refusal. */
const state = async (programmeId: string) =>
  JSON.stringify({
    programme: await db.deploymentProgramme.findUnique({
      where: { id: programmeId },
      include: { waves: { orderBy: { number: "asc" } }, assignments: { orderBy: { id: "asc" } } },
    }),
    events: await db.auditEvent.count(),
    lines: await db.budgetLine.count(),
  });

/** The act is refused with `code`, and the programme is unchanged. */
async function refused(programmeId: string, code: string, act: () => Promise<unknown>) {
  const before = await state(programmeId);
  expect((await appErrorOf(act)).code).toBe(code);
  expect(await state(programmeId)).toBe(before);
}

const terms = {
  title: "Écrans interactifs dans toutes les salles",
  objective: "Un écran numérique interactif par salle de classe en trois ans.",
  category: "ENI",
  unitCost: "",
};

let programmeId = "";
let wave1 = "";
let wave2 = "";
let assignmentG = "";
let assignmentR = "";

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people(
      "agent35",
      "elu35",
      "agent22",
      "drane14",
      "lecteur14",
      "drane70",
      "chefG",
      "chefR",
      "chefB",
    ),
  });
  users.referentG = await createUser("referent.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT_NUMERIQUE", key: UAI.gayeulles },
  ]);
});

describe("planning a programme", () => {
  it("is the collectivité's: costed at its référentiel, refused to an élu, the académie, a collège and another collectivité", async () => {
    const agent = await as("agent35", C35);
    programmeId = (await createProgramme(agent, terms)).id;
    const created = await db.deploymentProgramme.findUniqueOrThrow({ where: { id: programmeId } });
    // The default référentiel's ENI: 3 500 €.
    expect(created).toMatchObject({ status: "BROUILLON", unitCostCents: 350_000, category: "ENI" });
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
    ] as const) {
      const before = await db.deploymentProgramme.count();
      expect(
        (await appErrorOf(async () => createProgramme(await as(user, scope), terms))).code,
      ).toBe(code);
      expect(await db.deploymentProgramme.count()).toBe(before);
    }
    const other = await as("agent22", C22);
    const edit = { programmeId, ...terms, unitCost: "1" };
    await refused(programmeId, "NOT_FOUND", () => updateProgramme(other, edit));
    await refused(programmeId, "NOT_FOUND", () =>
      addWave(other, { programmeId, deploymentOn: `${Y1}-09-01` }),
    );
    await refused(programmeId, "FORBIDDEN", async () =>
      updateProgramme(await as("elu35", C35), edit),
    );
    await updateProgramme(agent, { programmeId, ...terms, unitCost: "3 000" });
    expect(
      (await db.deploymentProgramme.findUniqueOrThrow({ where: { id: programmeId } }))
        .unitCostCents,
    ).toBe(300_000);
  });

  it("puts the préfiguration wave before the others", async () => {
    const agent = await as("agent35", C35);
    await addWave(agent, { programmeId, deploymentOn: `${Y2}-09-01` });
    await refused(programmeId, "CONFLICT", () =>
      addWave(agent, { programmeId, deploymentOn: `${Y2}-10-01`, prefiguration: "on" }),
    );
    await addWave(agent, { programmeId, deploymentOn: `${Y1}-09-01`, prefiguration: "on" });
    await refused(programmeId, "CONFLICT", () =>
      addWave(agent, { programmeId, deploymentOn: `${Y1}-06-01` }),
    );
    // One préfiguration wave; no wave in the past.
    await refused(programmeId, "CONFLICT", () =>
      addWave(agent, { programmeId, deploymentOn: `${Y1}-03-01`, prefiguration: "on" }),
    );
    await refused(programmeId, "INVALID_INPUT", () =>
      addWave(agent, { programmeId, deploymentOn: `${THIS_YEAR - 1}-09-01` }),
    );
    const waves = await db.deploymentWave.findMany({
      where: { programmeId },
      orderBy: { number: "asc" },
    });
    expect(waves.map((w) => [w.number, w.prefiguration])).toEqual([
      [1, false],
      [2, true],
    ]);
    wave2 = waves[0]!.id;
    wave1 = waves[1]!.id;
  });

  it("places the collectivité's collèges, moves one, and refuses another collectivité's collège", async () => {
    const agent = await as("agent35", C35);
    const g = await idOf(UAI.gayeulles);
    const r = await idOf(UAI.rennes35b);
    expect(
      await assignCollege(agent, {
        programmeId,
        waveId: wave1,
        etablissementId: g,
        plannedUnits: "20",
      }),
    ).toEqual({ moved: false });
    await assignCollege(agent, {
      programmeId,
      waveId: wave1,
      etablissementId: r,
      plannedUnits: "12",
    });
    expect(
      await assignCollege(agent, {
        programmeId,
        waveId: wave2,
        etablissementId: r,
        plannedUnits: "15",
      }),
    ).toEqual({ moved: true });
    await refused(programmeId, "NOT_FOUND", async () =>
      assignCollege(agent, {
        programmeId,
        waveId: wave2,
        etablissementId: await idOf(UAI.bourbriac22),
        plannedUnits: "3",
      }),
    );
    // A zod refusal names the field; nothing is written.
    const before = await state(programmeId);
    await expect(
      assignCollege(agent, { programmeId, waveId: wave2, etablissementId: r, plannedUnits: "0" }),
    ).rejects.toThrow("Équipements prévus : 1 au moins.");
    expect(await state(programmeId)).toBe(before);
    const rows = await db.waveAssignment.findMany({
      where: { programmeId },
      include: { etablissement: { select: { uai: true } } },
    });
    assignmentG = rows.find((a) => a.etablissement.uai === UAI.gayeulles)!.id;
    assignmentR = rows.find((a) => a.etablissement.uai === UAI.rennes35b)!.id;
    expect(rows.find((a) => a.id === assignmentR)).toMatchObject({
      waveId: wave2,
      plannedUnits: 15,
    });
  });

  it("is read by the académie and the collèges only once adopted, and adopted by the collectivité alone", async () => {
    expect(await listProgrammes(await as("drane14", A14))).toEqual([]);
    expect(
      (await appErrorOf(async () => getProgramme(await as("chefG", G), programmeId))).code,
    ).toBe("NOT_FOUND");
    await refused(programmeId, "FORBIDDEN", async () =>
      adoptProgramme(await as("elu35", C35), { programmeId }),
    );
    await refused(programmeId, "NOT_FOUND", async () =>
      adoptProgramme(await as("agent22", C22), { programmeId }),
    );
    await refused(programmeId, "FORBIDDEN", async () =>
      adoptProgramme(await as("drane14", A14), { programmeId }),
    );
    const empty = (await createProgramme(await as("agent35", C35), { ...terms, title: "Vide" })).id;
    await refused(empty, "CONFLICT", async () =>
      adoptProgramme(await as("agent35", C35), { programmeId: empty }),
    );
    // A wave of another programme is not this programme's.
    await addWave(await as("agent35", C35), { programmeId: empty, deploymentOn: `${Y1}-09-01` });
    const otherWave = await db.deploymentWave.findFirstOrThrow({ where: { programmeId: empty } });
    await refused(programmeId, "NOT_FOUND", async () =>
      assignCollege(await as("agent35", C35), {
        programmeId,
        waveId: otherWave.id,
        etablissementId: await idOf(UAI.gayeulles),
        plannedUnits: "4",
      }),
    );
    await adoptProgramme(await as("agent35", C35), { programmeId });
    await refused(programmeId, "CONFLICT", async () =>
      adoptProgramme(await as("agent35", C35), { programmeId }),
    );

    const academie = await getProgramme(await as("drane14", A14), programmeId, NOW);
    expect(academie.colleges).toBe(2);
    const college = await getProgramme(await as("chefG", G), programmeId, NOW);
    expect(college.waves.flatMap((w) => w.colleges.map((c) => c.etablissement.uai))).toEqual([
      UAI.gayeulles,
    ]);
    for (const [user, scope] of [
      ["drane70", A70],
      ["agent22", C22],
      ["chefB", B],
    ] as const) {
      expect(
        (await appErrorOf(async () => getProgramme(await as(user, scope), programmeId))).code,
      ).toBe("NOT_FOUND");
      expect(await listProgrammes(await as(user, scope))).toEqual([]);
    }
  });
});

describe("readiness of each collège", () => {
  const readiness = async (ctx: AccessContext, uai: string) => {
    const programme = await getProgramme(ctx, programmeId, NOW);
    return programme.waves.flatMap((w) => w.colleges).find((c) => c.etablissement.uai === uai)!;
  };

  it("reads the référent from the members, the network from the collectivité", async () => {
    const agent = await as("agent35", C35);
    const before = await readiness(agent, UAI.gayeulles);
    expect(before.referentName).not.toBeNull();
    expect(before.readiness).toMatchObject({ ready: false, training: "A_FAIRE" });
    expect((await readiness(agent, UAI.rennes35b)).readiness.missing).toContain(
      "référent numérique à désigner",
    );
    // Where the product measures the network, the measures decide: 8 Mbit/s is under the
    // critical threshold, whatever the collectivité states.
    const r = await db.etablissement.findUniqueOrThrow({ where: { uai: UAI.rennes35b } });
    await db.networkProfile.create({
      data: {
        etablissementId: r.id,
        collectiviteId: r.collectiviteId,
        downKbps: 8_000,
        source: "test",
      },
    });
    expect((await readiness(agent, UAI.rennes35b)).readiness.missing).toContain(
      "réseau sous les seuils (débit sous 50 Mbit/s, effectif inconnu, couverture Wi-Fi inconnue)",
    );

    for (const [user, scope, code] of [
      ["chefG", G, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["elu35", C35, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
    ] as const)
      await refused(programmeId, code, async () =>
        setNetworkReadiness(await as(user, scope), { assignmentId: assignmentG, ready: "on" }),
      );
    await setNetworkReadiness(agent, {
      assignmentId: assignmentG,
      ready: "on",
      note: "Wi-Fi refait en 2026",
    });
    expect((await readiness(agent, UAI.gayeulles)).networkReadyAt).not.toBeNull();
  });

  it("takes the collège's training as a declaration, ready only once the académie attests it", async () => {
    for (const [user, scope, code] of [
      ["agent35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefR", R, "NOT_FOUND"],
      ["chefB", B, "NOT_FOUND"],
    ] as const)
      await refused(programmeId, code, async () =>
        declareTraining(await as(user, scope), { assignmentId: assignmentG }),
      );
    await declareTraining(await as("chefG", G), { assignmentId: assignmentG });
    const declared = await readiness(await as("agent35", C35), UAI.gayeulles);
    expect(declared.readiness).toMatchObject({
      ready: false,
      training: "DECLAREE",
      missing: ["formation à attester par l'académie"],
    });

    for (const [user, scope, code] of [
      ["agent35", C35, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["lecteur14", A14, "FORBIDDEN"],
      ["drane70", A70, "NOT_FOUND"],
    ] as const)
      await refused(programmeId, code, async () =>
        attestTraining(await as(user, scope), { assignmentId: assignmentG }),
      );
    await attestTraining(await as("drane14", A14), { assignmentId: assignmentG });
    await refused(programmeId, "CONFLICT", async () =>
      attestTraining(await as("drane14", A14), { assignmentId: assignmentG }),
    );
    const dashboard = await getCollegeProjects(await as("chefG", G), NOW);
    expect(dashboard.waves.map((w) => [w.programme.id, w.wave.number, w.readiness.ready])).toEqual([
      [programmeId, 2, true],
    ]);
    expect((await getCollegeProjects(await as("chefB", B), NOW)).waves).toEqual([]);
    // Declared, then attested: a second declaration changes nothing, and the collectivité no
    // longer takes the collège out (the training recorded is the other parties').
    await refused(programmeId, "CONFLICT", async () =>
      declareTraining(await as("chefG", G), { assignmentId: assignmentG }),
    );
    await refused(programmeId, "CONFLICT", async () =>
      removeAssignment(await as("agent35", C35), { assignmentId: assignmentG }),
    );
    const attested = await readiness(await as("chefG", G), UAI.gayeulles);
    expect(attested.readiness).toEqual({ ready: true, training: "ATTESTEE", missing: [] });
    expect(attested.trainingAttestedByName).toBeTruthy();
  });

  it("journals each act in the collectivité's, the collège's and the académie's journals", async () => {
    const events = await db.auditEvent.findMany({
      where: { entityId: assignmentG, action: { startsWith: "programme.training" } },
      select: { action: true, collectiviteId: true, academieCode: true, etablissementId: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual([
      "programme.training.attest",
      "programme.training.declare",
    ]);
    for (const event of events) {
      expect(event.academieCode).toBe("14");
      expect(event.etablissementId).toBe(await idOf(UAI.gayeulles));
      expect(event.collectiviteId).not.toBeNull();
    }
  });
});

describe("the renewal plan's budget proposals", () => {
  it("count the adopted waves per exercice and turn one into a line, once", async () => {
    const agent = await as("agent35", C35);
    const proposals = await getRenewalProposals(agent, NOW);
    const programme = proposals.programmes.find((p) => p.id === programmeId)!;
    // Wave 2 (préfiguration, next year): Gayeulles 20 ENI; wave 1 (the year after): Rennes 15;
    // 3 000 € each.
    expect(programme.perYear.map((y) => [y.year, y.units, y.costCents])).toEqual([
      [THIS_YEAR, 0, 0],
      [Y1, 20, 6_000_000],
      [Y2, 15, 4_500_000],
      [THIS_YEAR + 3, 0, 0],
      [THIS_YEAR + 4, 0, 0],
    ]);
    expect(proposals.programmes.map((p) => p.title)).not.toContain("Vide");

    const propose = (ctx: AccessContext, exercice: number) =>
      createProgrammeProposal(ctx, { programmeId, exercice: String(exercice) }, NOW);
    for (const [user, scope, code] of [
      ["agent22", C22, "NOT_FOUND"],
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
    ] as const)
      await refused(programmeId, code, async () => propose(await as(user, scope), Y1));
    await refused(programmeId, "INVALID_INPUT", () => propose(agent, THIS_YEAR + 3));
    await expect(propose(agent, THIS_YEAR + 3)).rejects.toThrow(`aucune vague en ${THIS_YEAR + 3}`);

    const { id } = await propose(agent, Y1);
    expect(await db.budgetLine.findUniqueOrThrow({ where: { id } })).toMatchObject({
      exercice: Y1,
      bpCents: 6_000_000n,
      deploymentProgrammeId: programmeId,
      chapitre: "21",
      nature: "21831",
    });
    await refused(programmeId, "CONFLICT", () => propose(agent, Y1));
    const again = await getRenewalProposals(agent, NOW);
    expect(again.programmes.find((p) => p.id === programmeId)!.perYear[1]!.line?.id).toBe(id);
  });
});

describe("the programme pages", () => {
  it("open in the three spaces that see the programme, 404 elsewhere", async () => {
    const pages = {
      c: () => import("@/app/c/[code]/appels/programmes/[id]/page"),
      a: () => import("@/app/a/[code]/appels/programmes/[id]/page"),
      e: () => import("@/app/e/[uai]/appels/programmes/[id]/page"),
    };
    const at = async (space: keyof typeof pages, user: string, key: string) => {
      signInAs(users[user]!);
      const params: Record<string, string> =
        space === "e" ? { uai: key, id: programmeId } : { code: key, id: programmeId };
      return open((await pages[space]()).default as Page, params, 1);
    };
    expect(await at("c", "agent35", "35")).toBe("ouverte");
    expect(await at("a", "drane14", "14")).toBe("ouverte");
    expect(await at("e", "chefG", UAI.gayeulles)).toBe("ouverte");
    expect(await at("c", "agent22", "22")).toBe("404");
    expect(await at("a", "drane70", "70")).toBe("404");
    expect(await at("e", "chefR", UAI.rennes35b)).toBe("ouverte");
    expect(await at("e", "chefB", UAI.bourbriac22)).toBe("404");
  });
});

describe("taking a collège out", () => {
  it("is the collectivité's, and refused to the collège and another collectivité", async () => {
    await refused(programmeId, "NOT_FOUND", async () =>
      removeAssignment(await as("agent22", C22), { assignmentId: assignmentR }),
    );
    await refused(programmeId, "FORBIDDEN", async () =>
      removeAssignment(await as("chefR", R), { assignmentId: assignmentR }),
    );
    await refused(programmeId, "FORBIDDEN", async () =>
      removeAssignment(await as("drane14", A14), { assignmentId: assignmentR }),
    );
    await removeAssignment(await as("agent35", C35), { assignmentId: assignmentR });
    expect(await db.waveAssignment.count({ where: { programmeId } })).toBe(1);
    // Its collège no longer reads the programme.
    expect(
      (await appErrorOf(async () => getProgramme(await as("chefR", R), programmeId))).code,
    ).toBe("NOT_FOUND");
  });
});
