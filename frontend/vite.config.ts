/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { communesPlugin } from "./scripts/vite-communes";

// Dev server: `npm run dev` proxies the API and the OAuth endpoints to a gateway on $PRF_GATEWAY (default :8000).
const gateway = process.env.PRF_GATEWAY ?? "http://localhost:8000";

export default defineConfig({
  plugins: [react(), communesPlugin()],
  server: {
    proxy: {
      "/api": gateway,
      "/oauth2": gateway,
      "/.well-known": gateway,
    },
  },
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // The machine is shared (2 cores for every engineer's suites): a slow render is not a failure.
    testTimeout: 30_000,
  },
});
