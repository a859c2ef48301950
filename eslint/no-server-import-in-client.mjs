// Rule `tripartite/no-server-import-in-client`: a file marked "use client" may not import,
// directly or through other modules of the repository, a module that is server-only (it imports
// "server-only", "next/headers" or Node's built-ins). Server actions ("use server") are a
// boundary: the client calls them over the network and never loads their code. Next.js catches a
// direct "server-only" import at build time; this rule also catches the indirect ones, in the
// editor, and names the chain.
import fs from "node:fs";
import path from "node:path";
import { builtinModules } from "node:module";

const root = path.resolve(import.meta.dirname, "..");
const extensions = [".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];
const builtins = new Set(builtinModules);

const importPattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm;

/** The repository file an import specifier names, or null for packages. */
function resolveInRepo(specifier, importer) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(importer), specifier);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const extension of extensions) {
    if (fs.existsSync(base + extension)) return base + extension;
  }
  return null;
}

function isServerPackage(specifier) {
  if (specifier === "server-only" || specifier === "next/headers") return true;
  if (specifier.startsWith("node:")) return true;
  return builtins.has(specifier.split("/")[0]);
}

/** Value imports of a source text (type-only imports are erased and do not count). */
function valueImports(text) {
  const specifiers = [];
  for (const match of text.matchAll(importPattern)) {
    if (!match[1]) specifiers.push(match[2]);
  }
  return specifiers;
}

const verdicts = new Map();

/** The chain that makes a repository file server-only, or null when it is safe on the client. */
function serverChain(file, visiting = new Set()) {
  const mtime = fs.statSync(file).mtimeMs;
  const cached = verdicts.get(file);
  if (cached && cached.mtime === mtime) return cached.chain;
  if (visiting.has(file)) return null;
  visiting.add(file);
  const text = fs.readFileSync(file, "utf8");
  let chain = null;
  // A client module is checked on its own; a "use server" module is called over the network.
  if (!/^\s*["']use (client|server)["']/.test(text)) {
    for (const specifier of valueImports(text)) {
      if (isServerPackage(specifier)) {
        chain = [specifier];
        break;
      }
      const target = resolveInRepo(specifier, file);
      const rest = target ? serverChain(target, visiting) : null;
      if (rest) {
        chain = [path.relative(root, target), ...rest];
        break;
      }
    }
  }
  visiting.delete(file);
  verdicts.set(file, { mtime, chain });
  return chain;
}

export const noServerImportInClient = {
  meta: {
    type: "problem",
    docs: {
      description: "Un composant client n'importe jamais un module réservé au serveur.",
    },
    schema: [],
    messages: {
      serverOnly:
        "Composant client : « {{specifier}} » est réservé au serveur ({{chain}}). Passez la donnée en propriété depuis un composant serveur, ou appelez une action serveur.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const isClient = sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    const check = (node) => {
      if (node.importKind === "type" || node.exportKind === "type" || !node.source) return;
      if (node.specifiers?.length && node.specifiers.every((s) => s.importKind === "type")) return;
      const specifier = String(node.source.value);
      let chain = null;
      if (isServerPackage(specifier)) chain = [specifier];
      else {
        const target = resolveInRepo(specifier, context.filename);
        const rest = target ? serverChain(target) : null;
        if (rest) chain = [path.relative(root, target), ...rest];
      }
      if (chain) {
        context.report({
          node: node.source,
          messageId: "serverOnly",
          data: { specifier, chain: chain.join(" → ") },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export const tripartitePlugin = {
  meta: { name: "tripartite" },
  rules: { "no-server-import-in-client": noServerImportInClient },
};
