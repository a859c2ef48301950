import { beforeAll, describe, expect, it } from "vitest";
import { getIncident } from "@/lib/assistance/get-incident";
import { commentIncident } from "@/lib/assistance/comment-incident";
import { takeIncident, pauseIncident, resumeIncident } from "@/lib/assistance/handle-incident";
import { resolveIncident } from "@/lib/assistance/resolve-incident";
import { UAI } from "../support/fixtures";
import { C22, C35, E } from "../support/access";
import { as, ids, seedIncidents, users } from "./incidents-ui.fixtures";

beforeAll(seedIncidents);

const gayeulles = () => as("chefG", E(UAI.gayeulles));

describe("an incident's page", () => {
  it("is NOT_FOUND outside its scope: another collège, another collectivité, another secteur", async () => {
    for (const ctx of [
      await as("chefR", E(UAI.rennes35b)),
      await as("agent22", C22),
      await as("tech35", C35),
    ])
      await expect(getIncident(ctx, ids.g1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getIncident(await gayeulles(), ids.g1)).incident.reference).toMatch(
      /^INC-35-\d{4}-\d{5}$/,
    );
  });

  it("shows the routing, the equipment, and the report as the first step of the history", async () => {
    const { incident, events, sla } = await getIncident(await as("agent35", C35), ids.g1);
    expect(incident).toMatchObject({
      party: "COLLECTIVITE",
      level: "N2",
      // No convention in force, no template of its own: the product's default template routes it.
      routingSource: "MODELE",
      equipment: { id: ids.eni, status: "EN_PANNE", inventoryNumber: "35-ENI-0001" },
      etablissement: { uai: UAI.gayeulles },
    });
    expect(events.map((e) => e.kind)).toEqual(["SIGNALE"]);
    expect(events[0]).toMatchObject({ party: "COLLECTIVITE", level: "N2" });
    expect(incident.routingNote).toContain("le modèle par défaut de Tripartite");
    expect(sla.state).toBe("DANS_LES_DELAIS");
  });

  it("offers each party only its own actions, and the handling queue's people to assign to", async () => {
    const agent = await getIncident(await as("agent35", C35), ids.g1);
    expect(agent.actions).toEqual(["take", "assign", "reroute"]);
    expect(agent.canWriteInternal).toBe(true);
    // The technician's secteur does not cover Les Gayeulles: not one to assign to.
    expect(agent.assignable.map((p) => p.id)).toEqual([users.agent35]);
    const chef = await getIncident(await gayeulles(), ids.g1);
    expect(chef.actions).toEqual([]);
    expect(chef.canWriteInternal).toBe(false);
    expect(chef.assignable).toEqual([]);
  });

  it("hides an internal note from every party but the one that wrote it", async () => {
    const agent = await as("agent35", C35);
    await commentIncident(agent, {
      incidentId: ids.g1,
      body: "Garantie à vérifier",
      internal: "on",
    });
    await commentIncident(await gayeulles(), { incidentId: ids.g1, body: "Toujours éteint" });
    const bodies = async (ctx: Awaited<ReturnType<typeof as>>) =>
      (await getIncident(ctx, ids.g1)).events.map((e) => e.body);
    expect(await bodies(agent)).toEqual(
      expect.arrayContaining(["Garantie à vérifier", "Toujours éteint"]),
    );
    expect(await bodies(await gayeulles())).toContain("Toujours éteint");
    expect(await bodies(await gayeulles())).not.toContain("Garantie à vérifier");
  });

  it("follows the lifecycle: measured times, the pause, then the collège's confirm and reopen", async () => {
    const agent = await as("agent35", C35);
    await takeIncident(agent, { incidentId: ids.g1 });
    await pauseIncident(agent, {
      incidentId: ids.g1,
      waitingFor: "EN_ATTENTE_FOURNISSEUR",
      reason: "Dalle commandée",
    });
    let detail = await getIncident(agent, ids.g1);
    expect(detail.actions).toEqual(["assign", "resume", "reroute", "resolve"]);
    expect(detail.sla.pauses).toHaveLength(1);
    expect(detail.sla.pauses[0]!.endedAt).toBeNull();
    await resumeIncident(agent, { incidentId: ids.g1 });
    await resolveIncident(agent, { incidentId: ids.g1, resolution: "Dalle remplacée" });
    detail = await getIncident(agent, ids.g1);
    expect(detail.incident.takeChargeWorkMinutes).not.toBeNull();
    expect(detail.incident.resolveWorkMinutes).not.toBeNull();
    expect(detail.incident.equipment?.status).toBe("EN_SERVICE");
    expect(detail.actions).toEqual([]);
    expect((await getIncident(await gayeulles(), ids.g1)).actions).toEqual(["confirm", "reopen"]);
  });
});
