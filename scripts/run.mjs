// Small helpers shared by the project's orchestration scripts (demo, test).
import { spawn } from "node:child_process";

/** Runs a command, inheriting the terminal; rejects with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} a échoué (${signal ?? `code ${code}`})`));
    });
  });
}

export function step(title) {
  process.stdout.write(`\n\u25b6 ${title}\n`);
}
