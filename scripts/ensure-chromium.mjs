// Finds a Chromium for the end-to-end tests, installing one when none is found: Debian's
// `chromium` package where apt is usable (as root), else Playwright's own browser download.
// Prints what it did on stderr and the executable path (or "playwright") on stdout.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const say = (message) => process.stderr.write(`[chromium] ${message}\n`);
const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].filter(Boolean);

function found() {
  return candidates.find((candidate) => existsSync(candidate));
}

function canUseApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

let path = found();
if (path) {
  say(`navigateur trouvé : ${path}`);
} else if (canUseApt()) {
  say("aucun Chromium trouvé : installation du paquet Debian « chromium » (apt-get)…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  path = found();
  if (!path)
    throw new Error("Le paquet chromium est installé mais aucun exécutable n'a été trouvé.");
  say(`installé : ${path}`);
} else {
  say("aucun Chromium trouvé et apt indisponible : téléchargement du navigateur de Playwright…");
  execFileSync("npx", ["playwright", "install", "chromium"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  path = "playwright";
}
process.stdout.write(path);
