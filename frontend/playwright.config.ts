import { defineConfig } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The end-to-end tests run the real stack the way `make run` does — the gateway with the three services in
// one process, demo data, the built SPA — on a free port and a fresh data directory, and drive the system
// Chromium (installed with apt; never `playwright install`).
// Workers inherit these variables, so the port and the directory are chosen once per run.
if (!process.env.PRF_E2E_PORT) {
  process.env.PRF_E2E_PORT = execFileSync(
    process.execPath,
    [
      "-e",
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
    ],
    { encoding: "utf8" },
  ).trim();
}
if (!process.env.PRF_E2E_DATA_DIR) process.env.PRF_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), "prf-e2e-"));

const port = process.env.PRF_E2E_PORT;
// The gateway's issuer is http://localhost:<port>; in embedded mode any host name reaches it (connexion.spec.ts
// signs in from 127.0.0.1).
const baseURL = `http://localhost:${port}`;
const build = process.env.PRF_E2E_SKIP_BUILD ? "true" : "npm run build";
const uv = process.env.UV ?? "uv";

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/teardown.ts",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: `${build} && cd .. && PARCOURS_DEMO_MAX_SESSIONS=${process.env.PRF_E2E_DEMO_SESSIONS ?? 60} GATEWAY_PORT=${port} GATEWAY_DATA_DIR=${process.env.PRF_E2E_DATA_DIR} ${uv} run python -m gateway`,
    url: `${baseURL}/readyz`,
    // /readyz answers 200 once the demo data is written (about a minute and a half on a busy 2-core machine).
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: process.env.PRF_E2E_SERVER_LOG ? "pipe" : "ignore",
  },
});
