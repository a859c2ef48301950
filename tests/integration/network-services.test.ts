import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  answerNetworkSuggestion,
  openSuggestions,
  suggestNetworkCorrection,
} from "@/lib/network/suggestions";
import { getCollegeNetwork } from "@/lib/network/read-network";
import {
  listDigitalServices,
  reportableServices,
  saveDigitalService,
  servicesOfCollege,
  setServiceUses,
} from "@/lib/network/services";
import { reportIncident } from "@/lib/assistance/report-incident";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { A14, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";

// Connectivity (issue 19): the collège suggests a correction of its network (a declaration), the
// collectivité answers it; the collectivité's catalogue of services, the collèges that use them,
// and an incident naming one. Each act is its party's own; other scopes get not found.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);

const snapshot = async () =>
  JSON.stringify(
    {
      suggestions: await db.networkSuggestion.findMany({ orderBy: { id: "asc" } }),
      services: await db.digitalService.findMany({ orderBy: { id: "asc" } }),
      uses: await db.digitalServiceUse.count(),
      events: await db.auditEvent.count(),
    },
    (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
  );

const ent = {
  kind: "ENT",
  name: "ENT régional",
  provider: "Éditeur fictif",
  contractStartsOn: "2025-09-01",
  contractEndsOn: "2029-08-31",
  annualCost: "85 000",
  responsibleParty: "COLLECTIVITE",
};

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, people("agent35", "elu35", "agent22", "drane14", "chefG", "chefR"));
  const sector = await db.sector.create({
    data: { collectiviteId: await collectiviteIdOf("35"), name: "Rennes nord" },
  });
  await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { sectorId: sector.id } });
  users.tech35 = await createUser("tech35-services@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: sector.id },
  ]);
});

describe("a correction suggested by the collège", () => {
  it("is the collège's own declaration, refused to every other party", async () => {
    const input = { message: "Le débit réel est de 20 Mbit/s aux heures de cours." };
    const before = await snapshot();
    for (const [user, scope] of [
      ["agent35", C35],
      ["drane14", A14],
      ["elu35", C35],
    ] as const)
      expect(
        (await appErrorOf(async () => suggestNetworkCorrection(await as(user, scope), input))).code,
      ).toBe("FORBIDDEN");
    await expect(
      suggestNetworkCorrection(await as("chefG", G), { message: "faux" }),
    ).rejects.toThrow("10 caractères au moins");
    expect(await snapshot()).toBe(before);

    await suggestNetworkCorrection(await as("chefG", G), input);
    const own = (await getCollegeNetwork(await as("chefG", G), UAI.gayeulles))!;
    expect(own.suggestions).toMatchObject([{ status: "OUVERTE", message: input.message }]);
    expect(own.canSuggest).toBe(true);
    // The académie does not read the exchange; another collège does not see the collège.
    expect((await getCollegeNetwork(await as("drane14", A14), UAI.gayeulles))!.suggestions).toEqual(
      [],
    );
    expect(
      (await appErrorOf(async () => getCollegeNetwork(await as("chefR", R), UAI.gayeulles))).code,
    ).toBe("NOT_FOUND");
  });

  it("is answered by the collectivité only, once, with a reason when set aside", async () => {
    const [open] = await openSuggestions(await as("agent35", C35));
    expect(open).toMatchObject({ etablissement: { uai: UAI.gayeulles } });
    const before = await snapshot();
    for (const [user, scope, code] of [
      ["chefG", G, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
      // Les Gayeulles is outside the technician's secteur.
      ["tech35", C35, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            answerNetworkSuggestion(await as(user, scope), {
              suggestionId: open!.id,
              status: "PRISE_EN_COMPTE",
            }),
          )
        ).code,
      ).toBe(code);
    await expect(
      answerNetworkSuggestion(await as("agent35", C35), {
        suggestionId: open!.id,
        status: "ECARTEE",
      }),
    ).rejects.toThrow("dites pourquoi");
    expect(await snapshot()).toBe(before);
    await answerNetworkSuggestion(await as("agent35", C35), {
      suggestionId: open!.id,
      status: "PRISE_EN_COMPTE",
      answer: "Mesure prévue la semaine prochaine.",
    });
    expect(
      (
        await appErrorOf(async () =>
          answerNetworkSuggestion(await as("agent35", C35), {
            suggestionId: open!.id,
            status: "ECARTEE",
            answer: "x",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(await openSuggestions(await as("agent35", C35))).toEqual([]);
    const answered = (await getCollegeNetwork(await as("chefG", G), UAI.gayeulles))!.suggestions[0];
    expect(answered).toMatchObject({
      status: "PRISE_EN_COMPTE",
      answer: "Mesure prévue la semaine prochaine.",
    });
  });
});

describe("the catalogue of services", () => {
  it("is written by the collectivité's agents only; names are unique; dates in order", async () => {
    const before = await snapshot();
    for (const [user, scope, code] of [
      ["tech35", C35, "FORBIDDEN"],
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
    ] as const)
      expect(
        (await appErrorOf(async () => saveDigitalService(await as(user, scope), ent))).code,
      ).toBe(code);
    await expect(
      saveDigitalService(await as("agent35", C35), { ...ent, contractEndsOn: "2024-01-01" }),
    ).rejects.toThrow("pas avant son début");
    expect(await snapshot()).toBe(before);

    const { id } = await saveDigitalService(await as("agent35", C35), ent);
    expect(
      (
        await appErrorOf(async () =>
          saveDigitalService(await as("agent35", C35), { ...ent, name: "ent RÉGIONAL" }),
        )
      ).code,
    ).toBe("CONFLICT");
    // Another collectivité may use the same name, and cannot touch the 35's.
    await saveDigitalService(await as("agent22", C22), ent);
    expect(
      (
        await appErrorOf(async () =>
          saveDigitalService(await as("agent22", C22), { ...ent, name: "Autre", serviceId: id }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const [listed] = await listDigitalServices(await as("agent35", C35));
    expect(listed).toMatchObject({ id, annualCostCents: 8_500_000n, uais: [] });
  });

  it("records the collèges that use a service, all or nothing, and the collège reads its own", async () => {
    const [service] = await listDigitalServices(await as("agent35", C35));
    const before = await snapshot();
    await expect(
      setServiceUses(await as("agent35", C35), {
        serviceId: service!.id,
        uais: [UAI.gayeulles, UAI.bourbriac22],
      }),
    ).rejects.toThrow(UAI.bourbriac22);
    expect(
      (
        await appErrorOf(async () =>
          setServiceUses(await as("agent22", C22), { serviceId: service!.id, uais: [] }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshot()).toBe(before);
    await setServiceUses(await as("agent35", C35), {
      serviceId: service!.id,
      uais: [UAI.gayeulles],
    });
    expect(
      (await servicesOfCollege(await as("chefG", G), UAI.gayeulles)).map((s) => s.name),
    ).toEqual(["ENT régional"]);
    expect(await servicesOfCollege(await as("drane14", A14), UAI.gayeulles)).toHaveLength(1);
    expect(await servicesOfCollege(await as("chefR", R), UAI.rennes35b)).toEqual([]);
    expect(
      (await appErrorOf(async () => servicesOfCollege(await as("agent22", C22), UAI.gayeulles)))
        .code,
    ).toBe("NOT_FOUND");
    expect((await reportableServices(await as("chefG", G))).map((s) => s.id)).toEqual([
      service!.id,
    ]);
    expect(await reportableServices(await as("chefR", R))).toEqual([]);
  });

  it("lets an incident name a service its collège uses, no other", async () => {
    const [service] = await listDigitalServices(await as("agent35", C35));
    const report = {
      kind: "INCIDENT",
      domain: "ENT",
      title: "L'ENT ne répond plus",
      description: "Depuis ce matin, page blanche.",
      urgency: "NORMALE",
      digitalServiceId: service!.id,
    };
    const incidents = await db.incident.count();
    await expect(reportIncident(await as("chefR", R), report)).rejects.toThrow(
      "pas au catalogue des services de ce collège",
    );
    expect(await db.incident.count()).toBe(incidents);
    const { id } = await reportIncident(await as("chefG", G), report);
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({
      digitalServiceId: service!.id,
    });
  });

  it("opens the catalogue page to the collectivité, not found to another", async () => {
    const page = (await import("@/app/c/[code]/etablissements/services/page")).default as Page;
    signInAs(users.elu35!);
    expect(await open(page, { code: "35" }, 1)).toBe("ouverte");
    signInAs(users.agent22!);
    expect(await open(page, { code: "35" }, 1)).toBe("404");
  });
});
