// Generates src/api/generated/schema.d.ts from the gateway's merged OpenAPI, or checks that the committed file is current.
//   node scripts/api-client.mjs gen     → rewrite src/api/generated/schema.d.ts
//   node scripts/api-client.mjs check   → exit 1 when the committed client differs from the API
// The spec comes from $PRF_OPENAPI_FILE (a saved document) or $PRF_OPENAPI_URL (a running gateway's
// /api/openapi.json) when set, otherwise from
// `uv run python frontend/scripts/dump_openapi.py`, which builds the same merged document without a server.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, "..");
const target = resolve(frontend, "src/api/generated/schema.d.ts");
const mode = process.argv[2] ?? "check";

async function loadSpec() {
  if (process.env.PRF_OPENAPI_FILE) return JSON.parse(readFileSync(process.env.PRF_OPENAPI_FILE, "utf8"));
  const url = process.env.PRF_OPENAPI_URL;
  if (url) {
    const resp = await fetch(url);
    if (!resp.ok) throw new Error(`${url} → HTTP ${resp.status}`);
    return resp.json();
  }
  const uv = process.env.UV ?? "uv";
  const out = execFileSync(uv, ["run", "--quiet", "python", "frontend/scripts/dump_openapi.py"], {
    cwd: resolve(frontend, ".."),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PYTHONWARNINGS: "ignore" },
  });
  return JSON.parse(out);
}

const HEADER = "// Généré par scripts/api-client.mjs depuis /api/openapi.json — ne pas modifier à la main.\n";

// A $ref to a schema the document does not define would stop the generator: type it as unknown and say so.
function patchDanglingRefs(spec) {
  const schemas = spec.components?.schemas ?? {};
  const missing = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/") && !(ref.slice(21) in schemas)) {
      missing.add(ref.slice(21));
      delete node.$ref;
    }
    Object.values(node).forEach(walk);
  };
  walk(spec);
  if (missing.size)
    console.warn(`attention : schémas absents de l'OpenAPI, typés « unknown » : ${[...missing].join(", ")}`);
  return spec;
}

const spec = patchDanglingRefs(await loadSpec());
const ast = await openapiTS(spec, { alphabetize: true });
const generated = HEADER + astToString(ast);

if (mode === "gen") {
  writeFileSync(target, generated);
  console.log(`client régénéré : ${target} (${Object.keys(spec.paths ?? {}).length} chemins)`);
} else {
  const committed = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (committed !== generated) {
    console.error(
      "Le client d'API committé (src/api/generated/schema.d.ts) ne correspond plus à /api/openapi.json.\n" +
        "Lancez `npm run gen:api` puis adaptez l'interface et committez.",
    );
    process.exit(1);
  }
  console.log(`client d'API à jour (${Object.keys(spec.paths ?? {}).length} chemins)`);
}
