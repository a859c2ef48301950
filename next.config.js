/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Scanned signed conventions and PDFs to verify reach 20 MB; the registry import file too.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
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
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
