import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { getEtablissement } from "@/lib/etablissements/get-etablissement";
import { listEquipment } from "@/lib/inventory/list-equipment";
import { getEquipment } from "@/lib/inventory/get-equipment";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { listMembers } from "@/lib/members/list-members";
import { inviteMember } from "@/lib/members/invite-member";
import { UAI } from "../support/fixtures";
import { A70, C14, C35, contextAs, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { signInAs } from "../support/session";
import { invite, newAccount, tokenMailedTo } from "../support/members";
import { as, colleges, sectors, seedSectors } from "./sectors.fixtures";

beforeAll(seedSectors);

const equipmentOf = (uai: string) =>
  db.equipment.findFirstOrThrow({ where: { etablissementId: colleges[uai]!.id } });

describe("a technician de secteur", () => {
  it("sees only the collèges of their secteur, and not found on another one's", async () => {
    const tech = await as("techEst", C35);
    expect(tech.sectorIds).toEqual([sectors.est35]);
    const list = await listEtablissements(tech, {});
    expect(list.items.map((e) => e.uai)).toEqual([UAI.gayeulles]);
    expect(await getEtablissement(tech, UAI.gayeulles)).not.toBeNull();
    expect(await getEtablissement(tech, UAI.rennes35b)).toBeNull();
    // The agent of the collectivité still sees both.
    const agent = await as("agent35", C35);
    expect((await listEtablissements(agent, {})).total).toBe(2);
  });

  it("sees only the equipment of their secteur's collèges", async () => {
    const tech = await as("techEst", C35);
    const list = await listEquipment(tech, {});
    expect(list.total).toBe(3);
    expect(new Set(list.items.map((e) => e.etablissement.uai))).toEqual(new Set([UAI.gayeulles]));
    const elsewhere = await equipmentOf(UAI.rennes35b);
    expect((await appErrorOf(() => getEquipment(tech, elsewhere.id))).code).toBe("NOT_FOUND");
    const own = await equipmentOf(UAI.gayeulles);
    expect((await getEquipment(tech, own.id)).equipment.id).toBe(own.id);
  });

  it("gives the référent technique of a secteur the same narrowing", async () => {
    const ref = await as("refTechOuest", C35);
    expect((await listEtablissements(ref, {})).items.map((e) => e.uai)).toEqual([UAI.rennes35b]);
    expect((await listEquipment(ref, {})).total).toBe(2);
  });
});

describe("inviting field staff", () => {
  it("attaches a technician to the chosen secteur, on the invitation and then the membership", async () => {
    const admin = await as("admin35", C35);
    const invitation = await inviteMember(admin, {
      email: "nouveau.tech@test.fr",
      name: "Nouveau Tech",
      role: "TECHNICIEN",
      sectorId: sectors.ouest35,
    });
    expect(invitation.sectorId).toBe(sectors.ouest35);
    const { invitations } = await listMembers(admin);
    expect(invitations.find((i) => i.id === invitation.id)?.sector?.name).toBe("Rennes Ouest");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "nouveau.tech@test.fr" } });
    expect(mail.text).toContain("secteur Rennes Ouest");

    signInAs(null);
    const accepted = await acceptInvitation(
      await tokenMailedTo("nouveau.tech@test.fr"),
      newAccount("Nouveau Tech"),
    );
    const ctx = await contextAs(accepted.userId, C35);
    expect(ctx.roles).toEqual(["TECHNICIEN"]);
    expect(ctx.sectorIds).toEqual([sectors.ouest35]);
    expect((await listEtablissements(ctx, {})).items.map((e) => e.uai)).toEqual([UAI.rennes35b]);
    const { members } = await listMembers(await as("admin35", C35));
    expect(members.find((m) => m.user.id === accepted.userId)?.sector?.name).toBe("Rennes Ouest");
  });

  it("requires a secteur of the collectivité for a technician or a référent technique", async () => {
    const admin = await as("admin35", C35);
    const count = () => db.invitation.count();
    const before = await count();
    const missing = await appErrorOf(() =>
      invite(admin, "sans@test.fr", "Sans Secteur", "TECHNICIEN"),
    );
    expect(missing).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { sectorId: expect.any(String) },
    });
    const foreign = await appErrorOf(() =>
      inviteMember(admin, {
        email: "etranger@test.fr",
        name: "Secteur Étranger",
        role: "REFERENT_TECHNIQUE",
        sectorId: sectors.caen14,
      }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect(await count()).toBe(before);
    // Another role ignores the secteur.
    const agent = await inviteMember(admin, {
      email: "agent.sans.secteur@test.fr",
      name: "Agent",
      role: "AGENT",
      sectorId: sectors.est35,
    });
    expect(agent.sectorId).toBeNull();
  });

  it("invites an assistance académique in an académie, référents in a collège", async () => {
    const drane = await as("drane70", A70);
    const assistance = await invite(drane, "assistance@test.fr", "Assistance Rennes", "ASSISTANCE");
    expect(assistance.role).toBe("ASSISTANCE");
    const chef = await as("chefG", E(UAI.gayeulles));
    for (const role of ["REFERENT_NUMERIQUE", "REFERENT_TECHNIQUE"])
      expect((await invite(chef, `${role.toLowerCase()}@test.fr`, "Référent", role)).role).toBe(
        role,
      );
    // A collectivité's agent or an académie cannot give an académie or collectivité role elsewhere.
    const agent14 = await as("agent14", C14);
    expect((await appErrorOf(() => invite(agent14, "x@test.fr", "X", "TECHNICIEN"))).code).toBe(
      "FORBIDDEN",
    );
  });
});
