import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

/** Where each space's accounts land, and the title they read there. */
const ILLE_ET_VILAINE = { home: "/c/35", title: "Département d'Ille-et-Vilaine" } as const;
const COTES_D_ARMOR = { home: "/c/22", title: "Département des Côtes-d'Armor" } as const;
const CALVADOS = { home: "/c/14", title: "Département du Calvados" } as const;
const ACADEMIE_RENNES = { home: "/a/14", title: "Académie de Rennes" } as const;
const ACADEMIE_NORMANDIE = { home: "/a/70", title: "Académie de Normandie" } as const;
const GAYEULLES = { home: "/e/0350027P", title: "Collège Les Gayeulles" } as const;
const JULES_FERRY = { home: "/e/0220003J", title: "Collège Jules Ferry" } as const;

/** Every demo account of the README, where it lands, and spaces that must stay foreign to it. */
const ACCOUNTS = [
  {
    email: "admin.35@demo.tripartite.fr",
    ...ILLE_ET_VILAINE,
    foreign: ["/c/22", "/a/14", "/e/0350027P"],
  },
  {
    email: "agent.35@demo.tripartite.fr",
    ...ILLE_ET_VILAINE,
    foreign: ["/c/14", "/c/22/etablissements"],
  },
  { email: "elu.35@demo.tripartite.fr", ...ILLE_ET_VILAINE, foreign: ["/c/22", "/a/14"] },
  {
    email: "signataire.35@demo.tripartite.fr",
    ...ILLE_ET_VILAINE,
    foreign: ["/c/56", "/e/0220003J"],
  },
  {
    email: "agent.22@demo.tripartite.fr",
    ...COTES_D_ARMOR,
    foreign: ["/c/35", "/c/22/etablissements/0350027P"],
  },
  {
    email: "agent.14@demo.tripartite.fr",
    ...CALVADOS,
    foreign: ["/c/35", "/a/14", "/a/70", "/c/14/etablissements/0350027P"],
  },
  {
    email: "drane.rennes@demo.tripartite.fr",
    ...ACADEMIE_RENNES,
    foreign: ["/a/70", "/c/35", "/a/14/etablissements/0140041U"],
  },
  { email: "recteur.rennes@demo.tripartite.fr", ...ACADEMIE_RENNES, foreign: ["/a/70", "/c/22"] },
  {
    email: "drane.normandie@demo.tripartite.fr",
    ...ACADEMIE_NORMANDIE,
    foreign: ["/a/14", "/c/14", "/a/70/etablissements/0350027P"],
  },
  {
    email: "chef.0350027p@demo.tripartite.fr",
    ...GAYEULLES,
    foreign: ["/e/0220003J", "/c/35", "/a/14"],
  },
  { email: "chef.0220003j@demo.tripartite.fr", ...JULES_FERRY, foreign: ["/e/0350027P", "/c/22"] },
] as const;

for (const account of ACCOUNTS) {
  test(`${account.email} se connecte et arrive sur ${account.home}`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByText(account.title).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
    await expectAccessible(page);

    for (const path of account.foreign) {
      const response = await page.goto(path);
      expect(response?.status(), `${account.email} sur ${path}`).toBe(404);
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    }

    await page.goto(account.home);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(/\/connexion/);
    const afterSignOut = await page.goto(account.home);
    expect(afterSignOut?.url()).toContain("/connexion");
  });
}
