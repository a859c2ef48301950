import { spawn, type ChildProcess } from "node:child_process";

/**
 * The child processes of a benchmark: the production server (`next start`) and the commands it
 * times. Each runs in its own process group, stopped by its own id, never by name.
 */

export interface Server {
  baseUrl: string;
  stop: () => Promise<void>;
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

/** Starts the production server (scripts/serve.mjs) on the build of `cwd` and waits for /api/health. */
export async function startServer(input: {
  cwd: string;
  port: number;
  env: Record<string, string>;
  log?: (line: string) => void;
}): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${input.port}`;
  // Another server on the port would answer the health check in our place.
  const occupied = await fetch(`${baseUrl}/api/health`).then(
    () => true,
    () => false,
  );
  if (occupied)
    throw new Error(`Le port ${input.port} est déjà pris : choisissez-en un autre (--port).`);
  const child = spawn("node", ["scripts/serve.mjs"], {
    cwd: input.cwd,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      PORT: String(input.port),
      ...input.env,
    },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const server: Server = { baseUrl, stop: () => stopGroup(child) };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start s'est arrêté (code ${child.exitCode}) :\n${stderr}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`next start ne répond pas sur ${baseUrl}/api/health après 120 s :\n${stderr}`);
}

/** Runs a command to completion, returning its wall time and output; rejects on a non-zero exit. */
export function timeCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<{ seconds: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-4000);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, stdout });
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} : code ${code}\n${stdout.slice(-2000)}\n${stderr}`,
          ),
        );
    });
  });
}
