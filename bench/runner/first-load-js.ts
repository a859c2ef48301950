import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript of every App Router page, read from a production build (`.next/`):
 * the root main files every page loads (build-manifest.json: Turbopack runtime, React, Next's
 * client) plus every chunk the page's client reference manifest lists as an entry of its segments
 * (layouts, page, error and not-found boundaries). Each file is counted once, at its gzip size
 * (level 9, as a CDN would serve it). Polyfills (nomodule) are not loaded by current browsers.
 */

export interface RouteJs {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

function readManifest(file: string): Record<string, { entryJSFiles?: Record<string, string[]> }> {
  // The manifest is a script assigning globalThis.__RSC_MANIFEST[route] = {...}: run it on a sandbox object.
  const sandbox = {
    __RSC_MANIFEST: {} as Record<string, { entryJSFiles?: Record<string, string[]> }>,
  };
  // In its own context, `globalThis` and `self` are the sandbox: the script writes nothing else.
  runInNewContext(readFileSync(file, "utf8"), Object.assign(sandbox, { self: sandbox }));
  return sandbox.__RSC_MANIFEST;
}

function findManifests(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) findManifests(full, found);
    else if (name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

export function measureFirstLoadJs(buildDir: string): RouteJs[] {
  const buildManifest = JSON.parse(
    readFileSync(path.join(buildDir, "build-manifest.json"), "utf8"),
  ) as { rootMainFiles: string[] };
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    const clean = file.replace(/^\/?_next\//, "").replace(/^\//, "");
    let size = sizes.get(clean);
    if (!size) {
      const bytes = readFileSync(path.join(buildDir, clean));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(clean, size);
    }
    return { clean, ...size };
  };
  const appDir = path.join(buildDir, "server", "app");
  if (!existsSync(appDir)) throw new Error(`${appDir} introuvable : lancez d'abord next build.`);
  const routes: RouteJs[] = [];
  for (const file of findManifests(appDir)) {
    for (const [route, manifest] of Object.entries(readManifest(file))) {
      if (!route.endsWith("/page") || route.startsWith("/_")) continue;
      const files = new Set<string>();
      for (const f of buildManifest.rootMainFiles) files.add(sizeOf(f).clean);
      for (const chunks of Object.values(manifest.entryJSFiles ?? {}))
        for (const f of chunks) if (f.endsWith(".js")) files.add(sizeOf(f).clean);
      let raw = 0;
      let gzip = 0;
      for (const f of files) {
        const s = sizes.get(f)!;
        raw += s.raw;
        gzip += s.gzip;
      }
      routes.push({
        route: route.replace(/\/page$/, "") || "/",
        files: files.size,
        rawBytes: raw,
        gzipBytes: gzip,
      });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The same sum from a served page: the gzip size of every script its HTML loads from the build
 * (`<script src="/_next/static/…">`), a check of the manifest reading above.
 */
export function servedJsGzipBytes(
  buildDir: string,
  html: string,
): { files: number; gzipBytes: number } {
  // Polyfills are `nomodule`: current browsers skip them, as measureFirstLoadJs does.
  const tags = [...html.matchAll(/<script[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule/i.test(tag));
  const files = new Set(
    tags.flatMap((tag) => /src="\/_next\/(static\/[^"?]+\.js)/.exec(tag)?.[1] ?? []),
  );
  let gzipBytes = 0;
  for (const f of files)
    gzipBytes += gzipSync(readFileSync(path.join(buildDir, f)), { level: 9 }).length;
  return { files: files.size, gzipBytes };
}
