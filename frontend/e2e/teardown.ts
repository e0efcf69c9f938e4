import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Removes the fresh data directory the run's gateway used (only one this config created). */
export default function teardown() {
  const dir = process.env.PRF_E2E_DATA_DIR;
  if (dir?.startsWith(join(tmpdir(), "prf-e2e-"))) rmSync(dir, { recursive: true, force: true });
}
