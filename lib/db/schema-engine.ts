import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  ApplyMigrationsOutput,
  DiffParams,
  DiffResult,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

export type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";

type EngineBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** No prisma.config.ts `tables.external` / `enums.external` in this project. */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let bindings: Promise<EngineBindings> | undefined;

/**
 * The package's entry point does `import … from "./x.wasm"`, which only bundlers understand, so
 * the glue module and the WASM binary are wired by hand. Done once: the WASM module keeps global
 * state (its memory, externref table) that two instantiations would not share.
 */
function loadBindings(): Promise<EngineBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(pathToFileURL(gluePath).href)) as EngineBindings & {
      __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

/** The subset of the engine the project uses, with its connections released on `close`. */
export interface MigrationEngine {
  applyMigrations(migrationsList: MigrationList): Promise<ApplyMigrationsOutput>;
  diff(params: Omit<DiffParams, "filters" | "exitCode">): Promise<DiffResult>;
  close(): Promise<void>;
}

/**
 * Opens the schema engine on a driver adapter factory. The engine never disposes of the
 * connections it asks for, so they are tracked here: otherwise a PostgreSQL pool keeps the CLI
 * alive after its work is done.
 */
export async function openMigrationEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<MigrationEngine> {
  const bg = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  function track(adapter: SqlDriverAdapter) {
    opened.push(adapter);
    return wholeScripts(adapter);
  }
  const log = process.env.PRISMA_SCHEMA_ENGINE_LOG
    ? (line: string) => console.error(line)
    : () => {};
  const engine: SchemaEngine = await bg.SchemaEngine.new(
    { datamodels: undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  ).catch((error: unknown) => {
    throw toError(error);
  });
  const call = <T>(run: () => Promise<T>) =>
    run().catch((error: unknown) => Promise.reject(toError(error)));
  let closed = false;
  return {
    applyMigrations: (migrationsList) =>
      call(() => engine.applyMigrations({ migrationsList, filters: NO_FILTER })),
    diff: (params) => call(() => engine.diff({ ...params, exitCode: null, filters: NO_FILTER })),
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

/**
 * adapter-pg's `executeScript` splits a migration on every `;`, which tears a PL/pgSQL body (a
 * trigger function) apart. Its `executeRaw` without parameters goes through node-postgres' simple
 * query protocol, which takes several statements at once and leaves the splitting to PostgreSQL:
 * migrations run through that instead. The PGlite adapter hands the script to PGlite's own
 * `exec`, which already parses it whole.
 */
export function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  if (adapter.adapterName !== "@prisma/adapter-pg") return adapter;
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Opens an engine, runs `work`, and always releases the engine and its connections. */
export async function withMigrationEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: MigrationEngine) => Promise<T>,
): Promise<T> {
  const engine = await openMigrationEngine(factory);
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

/**
 * The engine rejects with plain objects or strings as often as with Errors, and appends a Rust
 * span trace ("   0: schema_engine_wasm::…") that means nothing to the person running a command.
 */
export function toError(error: unknown): Error & { code?: string } {
  let result: Error & { code?: string };
  if (error instanceof Error) result = error;
  else if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    result = Object.assign(
      new Error(
        typeof record.message === "string"
          ? record.message
          : typeof record.error === "string"
            ? record.error
            : JSON.stringify(error),
      ),
      {
        code: typeof record.code === "string" ? record.code : undefined,
      },
    );
  } else result = new Error(String(error));
  result.message = result.message.split(/\n\s*0: /)[0]!.trim();
  return result;
}
