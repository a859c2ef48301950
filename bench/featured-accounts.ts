import type { Db } from "@/lib/db/client";
import { benchEmail, type BenchPerson } from "@/prisma/seed/shared/bench-accounts";
import type { BenchCollege, BenchScope } from "@/bench/seed-registry";

/** An account a benchmark signs in with, and the space it lands in. */
export interface FeaturedAccount {
  who: string;
  email: string;
  name: string;
  space: string;
  note: string | null;
}

/** The collectivité the benchmark acts in: the Nord when it is in the dataset, else the one with the most collèges. */
const PREFERRED_COLLECTIVITE = "59";
/** The académies the benchmark reads across collectivités: Lille (Nord, Pas-de-Calais) and Versailles. */
const PREFERRED_ACADEMIES = ["09", "25"];

/**
 * The representative accounts of the dataset: an administrator, an agent, an élu and the
 * signatory of one collectivité, the DRANE of Lille and of Versailles and the recteur's delegate
 * of Lille, the chef of its largest collège and one whose convention awaits the chef's
 * signature, and the platform administrator.
 */
export async function pickBenchAccounts(
  db: Db,
  input: {
    scope: BenchScope;
    publicColleges: readonly BenchCollege[];
    people: ReadonlyMap<string, BenchPerson>;
    effectifOf: ReadonlyMap<string, number>;
  },
): Promise<FeaturedAccount[]> {
  const { scope, publicColleges, people } = input;
  const counts = new Map<string, number>();
  for (const c of publicColleges)
    counts.set(c.collectiviteCode, (counts.get(c.collectiviteCode) ?? 0) + 1);
  const code = counts.has(PREFERRED_COLLECTIVITE)
    ? PREFERRED_COLLECTIVITE
    : [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const featured: FeaturedAccount[] = [];
  const add = (who: string, email: string, space: string, note: string | null = null) => {
    const person = people.get(email);
    if (person) featured.push({ who, email, name: person.name, space, note });
  };
  if (code) {
    const collectivite = scope.collectivites.find((c) => c.code === code)!;
    const note = `${collectivite.name}, ${counts.get(code)} collèges publics`;
    add(
      "Administrateur de collectivité",
      benchEmail.collectivite("ADMIN", code),
      `/c/${code}`,
      note,
    );
    add("Agent (gestionnaire)", benchEmail.collectivite("AGENT", code), `/c/${code}`, note);
    add("Élu", benchEmail.collectivite("ELU", code), `/c/${code}`, note);
    add(
      "Signataire de la collectivité",
      benchEmail.collectivite("SIGNATAIRE", code),
      `/c/${code}`,
      note,
    );
  }
  for (const academieCode of PREFERRED_ACADEMIES) {
    const academie = scope.academies.find((a) => a.code === academieCode);
    if (!academie) continue;
    const colleges = publicColleges.filter((c) => c.academieCode === academieCode).length;
    const note =
      colleges > 0
        ? `${colleges} collèges publics dans le jeu`
        : "aucun collège de cette académie dans le jeu";
    add(
      `DRANE de ${academie.name}`,
      benchEmail.academie("DRANE", academie.name),
      `/a/${academieCode}`,
      note,
    );
    if (academieCode === PREFERRED_ACADEMIES[0])
      add(
        `Signataire de l'académie de ${academie.name}`,
        benchEmail.academie("SIGNATAIRE", academie.name),
        `/a/${academieCode}`,
        note,
      );
  }
  const mine = publicColleges.filter((c) => c.collectiviteCode === code);
  const largest = [...mine].sort(
    (a, b) =>
      (input.effectifOf.get(b.id) ?? 0) - (input.effectifOf.get(a.id) ?? 0) ||
      a.uai.localeCompare(b.uai),
  )[0];
  if (largest)
    add(
      "Chef d'établissement (plus grand collège)",
      benchEmail.chef(largest.uai),
      `/e/${largest.uai}`,
      `${largest.name}, ${input.effectifOf.get(largest.id)} élèves`,
    );
  const awaiting = await db.signatureStep.findFirst({
    where: {
      party: "EPLE",
      status: "EN_ATTENTE",
      order: 1,
      version: {
        status: "EN_SIGNATURE",
        convention: {
          kind: "TRIPARTITE",
          status: "EN_SIGNATURE",
          etablissement: { collectivite: { code } },
        },
      },
    },
    orderBy: { version: { convention: { reference: "asc" } } },
    select: {
      version: {
        select: {
          convention: {
            select: { reference: true, etablissement: { select: { uai: true, name: true } } },
          },
        },
      },
    },
  });
  const college = awaiting?.version.convention.etablissement;
  if (college)
    add(
      "Chef d'établissement (convention à signer)",
      benchEmail.chef(college.uai),
      `/e/${college.uai}`,
      `${college.name}, ${awaiting.version.convention.reference}`,
    );
  add("Administrateur de la plateforme", benchEmail.platform(), "/", null);
  return featured;
}
