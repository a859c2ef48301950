// Makes sure a command-line tool the tests need is installed: when `command` is missing, installs
// Debian's `package` with apt (as root), else stops with a French message saying what to install.
// Usage: node scripts/ensure-tool.mjs <command> <debian-package>
import { execFileSync, spawnSync } from "node:child_process";

const [command, debianPackage] = process.argv.slice(2);
if (!command || !debianPackage) {
  console.error("usage : node scripts/ensure-tool.mjs <commande> <paquet-debian>");
  process.exit(2);
}
const has = (name) =>
  spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;

if (has(command)) process.exit(0);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !has("apt-get")) {
  console.error(
    `✖ « ${command} » est introuvable : installez le paquet ${debianPackage} (ou son équivalent) puis relancez.`,
  );
  process.exit(1);
}
process.stderr.write(
  `[outils] « ${command} » introuvable : installation du paquet Debian ${debianPackage} (apt-get)…\n`,
);
execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"] });
execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
if (!has(command)) {
  console.error(`✖ Le paquet ${debianPackage} est installé mais « ${command} » reste introuvable.`);
  process.exit(1);
}
