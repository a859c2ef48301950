/** The day the benchmark dataset describes: fixed, so every run writes the same rows. */
export const BENCH_NOW = new Date("2026-11-20T09:00:00Z");

/** Every benchmark account signs in with it (hashed once, the hash shared). */
export const BENCH_PASSWORD = "Bench2026!";
export const BENCH_EMAIL_DOMAIN = "bench.tripartite.fr";

/** How the audit trail names the generator, where no person of the dataset acts. */
export const BENCH_ACTOR = { id: null, label: "jeu de données de mesure (données fictives)" };

/** The `seed` the demo generators take: other draws than the demo's, the same for the same seed. */
export const benchSeedKey = (seed: number) => `bench-${seed}`;
