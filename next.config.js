// The one upload limit (lib/imports/limits.ts reads the same file for its checks and French messages).
const uploadLimit = require("./lib/imports/upload-limit.json");
const permissionsPolicy = require("./lib/http/permissions-policy.json");
// A request carries the file plus its multipart framing and the form's other fields.
const requestLimit = uploadLimit.maxUploadBytes + uploadLimit.requestMarginBytes;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    // The XLSX writer (lib/exports/xlsx.ts) and its archiver/jszip dependencies: plain Node code,
    // loaded from node_modules rather than bundled into every export route.
    "exceljs",
  ],
  poweredByHeader: false,
  // Scanned signed conventions, PDFs to verify and import files reach the upload limit. Requests
  // to /c, /a, /e and /plateforme go through proxy.ts, where Next.js buffers only
  // proxyClientMaxBodySize bytes (10 MB by default) and cuts the rest: both limits follow the file's.
  experimental: {
    serverActions: { bodySizeLimit: requestLimit },
    proxyClientMaxBodySize: requestLimit,
  },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Pages and routes get it from proxy.ts too, with the CSP; this covers the static files.
          { key: "Permissions-Policy", value: permissionsPolicy.value },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
