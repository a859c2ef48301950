import { expect, test } from "@playwright/test";
import { expectAccessible, expectPagesAccessible, openModule, signedInPage } from "./helpers";

// Issue 17, first part: a body created by the collectivité, each party seating its own co-chair
// from its own space; the bodies of the demo in each space pass axe; another space gets a 404.

test("instance créée par la collectivité, chaque partie désigne son coprésident", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedInPage(browser, "agent.35@demo.tripartite.fr");
  await agent.goto("/c/35");
  await openModule(agent, "Instances");
  await agent.getByLabel("Nom de l'instance").fill("Groupe de travail ENT et services");
  await agent.getByLabel("Type d'instance").selectOption({ label: "Groupe de travail thématique" });
  await agent.getByLabel("Rattachement").selectOption({
    label:
      "Convention-cadre CC-35-2024-0001 : Convention-cadre relative au numérique éducatif — Département d'Ille-et-Vilaine et académie de Rennes",
  });
  await agent.getByRole("button", { name: "Créer l'instance" }).click();
  await agent.waitForURL(/\/c\/35\/instances\/[\w-]+$/);
  await expect(
    agent.getByRole("heading", { level: 1, name: "Groupe de travail ENT et services" }),
  ).toBeVisible();
  const id = agent.url().split("/").pop()!;
  await expectAccessible(agent);
  // It steers its convention-cadre from the start; its secretariat adds a tripartite convention.
  const steered = agent.getByRole("table", { name: "Conventions que l'instance pilote" });
  await expect(steered.getByRole("row", { name: /CC-35-2024-0001/ })).toBeVisible();
  const pick = agent.getByLabel("Convention", { exact: true });
  const added = (await pick.locator("option").nth(1).textContent())!.split(" — ")[0]!;
  await pick.selectOption({ index: 1 });
  await agent.getByRole("button", { name: "Ajouter aux conventions pilotées" }).click();
  await expect(agent.getByText(`L'instance pilote désormais ${added}.`)).toBeVisible();
  await expect(steered.getByRole("row", { name: new RegExp(added) })).toBeVisible();

  await agent.getByLabel("Rôle").selectOption({ label: "Coprésident" });
  await agent
    .getByLabel("Personne de votre espace")
    .selectOption({ label: "Hélène Guillou <signataire.35@demo.tripartite.fr>" });
  await agent.getByLabel("Qualité").fill("Vice-présidente déléguée aux collèges");
  await agent.getByRole("button", { name: "Désigner pour la collectivité" }).click();
  await expect(agent.getByText("Hélène Guillou siège désormais dans l'instance.")).toBeVisible();
  await expect(
    agent
      .getByRole("table", { name: "Membres désignés pour la collectivité" })
      .getByRole("row", { name: /Hélène Guillou/ }),
  ).toContainText("Coprésident");
  // The collectivité is offered only its own people: nobody of the académie.
  await expect(
    agent.getByLabel("Personne de votre espace").locator("option", { hasText: "drane.rennes" }),
  ).toHaveCount(0);

  const drane = await signedInPage(browser, "drane.rennes@demo.tripartite.fr");
  await drane.goto(`/a/14/instances/${id}`);
  await expect(
    drane.getByRole("heading", { name: "Désigner un membre pour l'État (académie)" }),
  ).toBeVisible();
  await drane.getByLabel("Rôle").selectOption({ label: "Coprésident" });
  await drane
    .getByLabel("Personne de votre espace")
    .selectOption({ label: "Isabelle Caradec <recteur.rennes@demo.tripartite.fr>" });
  await drane.getByLabel("Qualité").fill("IA-DASEN d'Ille-et-Vilaine");
  await drane.getByRole("button", { name: "Désigner pour l'État (académie)" }).click();
  await expect(
    drane
      .getByRole("table", { name: "Membres désignés pour l'État (académie)" })
      .getByRole("row", { name: /Isabelle Caradec/ }),
  ).toContainText("Coprésident");
  await expect(
    drane
      .getByRole("table", { name: "Conventions que l'instance pilote" })
      .getByRole("row", { name: new RegExp(added) }),
  ).toBeVisible();
  // Only the secretariat (the collectivité) changes what the body steers.
  await expect(drane.getByRole("button", { name: "Ajouter aux conventions pilotées" })).toHaveCount(
    0,
  );
  await expectAccessible(drane);
  await drane.goto("/a/14/instances");
  await expect(drane.getByRole("row", { name: /Groupe de travail ENT et services/ })).toContainText(
    "Hélène Guillou (Collectivité), Isabelle Caradec (État (académie))",
  );

  // Another département, another académie, a collège: not found.
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  expect((await calvados.goto(`/c/14/instances/${id}`))?.status()).toBe(404);
  expect((await calvados.goto(`/c/35/instances/${id}`))?.status()).toBe(404);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  expect((await chef.goto(`/e/0350027P/instances/${id}`))?.status()).toBe(404);
});

test("instances de la démonstration accessibles dans les trois espaces", async ({ browser }) => {
  test.setTimeout(120_000);
  const chef = await signedInPage(browser, "chef.0350027p@demo.tripartite.fr");
  await expectPagesAccessible(chef, ["/e/0350027P/instances"]);
  await chef.getByRole("link", { name: "Commission numérique du collège Les Gayeulles" }).click();
  await chef.waitForURL(/\/e\/0350027P\/instances\/[\w-]+$/);
  await expect(
    chef.getByRole("heading", { name: "Désigner un membre pour l'établissement" }),
  ).toBeVisible();
  await expectAccessible(chef);
  const elu = await signedInPage(browser, "elu.35@demo.tripartite.fr");
  await expectPagesAccessible(elu, ["/c/35/instances"]);
  await elu.getByRole("link", { name: /Comité de pilotage du numérique éducatif/ }).click();
  await elu.waitForURL(/\/c\/35\/instances\/[\w-]+$/);
  // An élu reads; designating is the agents'.
  await expect(elu.getByRole("heading", { name: /Désigner un membre/ })).toHaveCount(0);
  await expectAccessible(elu);
  const calvados = await signedInPage(browser, "agent.14@demo.tripartite.fr");
  await expectPagesAccessible(calvados, ["/c/14/instances"]);
  await calvados.getByRole("link", { name: "Comité technique des collèges du Calvados" }).click();
  await calvados.waitForURL(/\/c\/14\/instances\/[\w-]+$/);
  // The académie de Normandie seated its own DRANE as co-chair.
  await expect(
    calvados
      .getByRole("table", { name: "Membres désignés pour l'État (académie)" })
      .getByRole("row", { name: /Camille Lemoine/ }),
  ).toContainText("Coprésident");
  await expectAccessible(calvados);
});
