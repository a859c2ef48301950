import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  FILE_TOO_LARGE_MESSAGE,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
  UPLOAD_REQUEST_MARGIN_BYTES,
} from "./limits";

const require = createRequire(import.meta.url);

describe("one upload limit", () => {
  it("is 20 Mo, said as such in the French message", () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_UPLOAD_LABEL).toBe("20 Mo");
    expect(FILE_TOO_LARGE_MESSAGE).toBe("Fichier trop volumineux (20 Mo au plus).");
  });

  it("sets both request limits of next.config.js (server actions, and the proxy that cut bodies at 10 MB) from it", () => {
    const config = require(path.join(process.cwd(), "next.config.js")) as {
      experimental: { serverActions: { bodySizeLimit: number }; proxyClientMaxBodySize: number };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(
      MAX_UPLOAD_BYTES + UPLOAD_REQUEST_MARGIN_BYTES,
    );
    expect(config.experimental.proxyClientMaxBodySize).toBe(
      MAX_UPLOAD_BYTES + UPLOAD_REQUEST_MARGIN_BYTES,
    );
  });

  it("uses the option name this version of Next.js knows (a renamed option would be ignored silently)", () => {
    const schema = readFileSync(
      path.join(process.cwd(), "node_modules/next/dist/server/config-schema.js"),
      "utf8",
    );
    expect(schema).toContain("proxyClientMaxBodySize:");
    const router = readFileSync(
      path.join(process.cwd(), "node_modules/next/dist/server/lib/router-utils/resolve-routes.js"),
      "utf8",
    );
    expect(router).toContain("config.experimental.proxyClientMaxBodySize");
  });
});
