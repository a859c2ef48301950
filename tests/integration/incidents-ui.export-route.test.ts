import { beforeAll, describe, expect, it } from "vitest";
import { GET as collectiviteExport } from "@/app/c/[code]/assistance/export/route";
import { GET as academieExport } from "@/app/a/[code]/assistance/export/route";
import { GET as collegeExport } from "@/app/e/[uai]/assistance/export/route";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { csvAttachmentLines, expectWorkbook } from "../support/exports";
import { createUsers, people } from "../support/fixtures";
import { seedIncidents, users } from "./incidents-ui.fixtures";

beforeAll(async () => {
  await seedIncidents();
  await createUsers(users, people("drane14", "drane70"));
});

const url = (path: string, search: string) => `http://localhost${path}/assistance/export?${search}`;
const c = (code: string, search: string) =>
  collectiviteExport(new Request(url(`/c/${code}`, search)), {
    params: Promise.resolve({ code }),
  });
const e = (uai: string, search: string) =>
  collegeExport(new Request(url(`/e/${uai}`, search)), { params: Promise.resolve({ uai }) });

describe("GET …/assistance/export", () => {
  it("downloads the filtered queue of the collectivité as CSV and XLSX", async () => {
    signInAs(users.agent35!);
    const lines = await csvAttachmentLines(await c("35", "file=toutes"), "incidents-35.csv");
    expect(lines[0]).toMatch(/^Référence;UAI;Collège;Type;Domaine;Objet;/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(";")[1])
        .sort(),
    ).toEqual([UAI.gayeulles, UAI.rennes35b].sort());
    await expectWorkbook(await c("35", "format=xlsx"));
  });

  it("a technician's holds the collèges of their secteur only; a collège's its own", async () => {
    signInAs(users.tech35!);
    const tech = await csvAttachmentLines(await c("35", ""), "incidents-35.csv");
    expect(tech.slice(1).map((l) => l.split(";")[1])).toEqual([UAI.rennes35b]);
    signInAs(users.chefG!);
    const own = await csvAttachmentLines(
      await e(UAI.gayeulles, ""),
      `incidents-${UAI.gayeulles}.csv`,
    );
    expect(own.slice(1).map((l) => l.split(";")[1])).toEqual([UAI.gayeulles]);
  });

  it("is not found for another collectivité, académie or collège", async () => {
    signInAs(users.agent22!);
    await expect(c("35", "")).rejects.toThrow();
    signInAs(users.chefG!);
    await expect(e(UAI.rennes35b, "")).rejects.toThrow();
    const a14 = () =>
      academieExport(new Request(url("/a/14", "file=toutes")), {
        params: Promise.resolve({ code: "14" }),
      });
    signInAs(users.drane70!);
    await expect(a14()).rejects.toThrow();
    signInAs(users.drane14!);
    const academie = await csvAttachmentLines(await a14(), "incidents-14.csv");
    // The académie de Rennes follows the collèges of its départements, the Côtes-d'Armor's too.
    expect(
      academie
        .slice(1)
        .map((l) => l.split(";")[1])
        .sort(),
    ).toEqual([UAI.gayeulles, UAI.rennes35b, UAI.bourbriac22].sort());
  });
});
