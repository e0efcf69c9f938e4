"""infra/k8s: generated from infra/settings.py, in step with docker-compose.yml, every overlay renders
(kubectl kustomize) and validates against the bundled Kubernetes schemas (kubernetes-validate, offline)."""

from __future__ import annotations

import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = sorted(p.name for p in (ROOT / "infra" / "k8s" / "overlays").iterdir())
SETTINGS = runpy.run_path(str(ROOT / "infra" / "settings.py"))
_REQUIRED = re.compile(r"\$\{([A-Z_]+):\?[^}]*\}")


def _render(overlay: str) -> list[dict[str, Any]]:
    if shutil.which("kubectl") is None:
        pytest.skip("kubectl absent : installez le paquet Debian kubernetes-client (.ci/run le fait)")
    out = subprocess.run(
        ["kubectl", "kustomize", str(ROOT / "infra" / "k8s" / "overlays" / overlay)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def test_base_is_what_the_generator_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_k8s.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_compose_has_exactly_the_settings_of_the_list() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    for name, env in SETTINGS["processes"]().items():
        written = {k: _REQUIRED.sub(r"${\1}", str(v)) for k, v in compose[name]["environment"].items()}
        assert written == env, f"docker-compose.yml ({name}) diverge de infra/settings.py"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_validates_against_kubernetes_schemas(overlay: str, tmp_path: Path) -> None:
    docs = _render(overlay)
    rendered = tmp_path / f"{overlay}.yaml"
    rendered.write_text(yaml.safe_dump_all(docs))
    tool = Path(sys.executable).with_name("kubernetes-validate")
    done = subprocess.run([str(tool), "--strict", "--quiet", str(rendered)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_has_the_production_shape(overlay: str) -> None:
    docs = _render(overlay)
    by_kind: dict[str, dict[str, dict[str, Any]]] = {}
    for d in docs:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    processes = list(SETTINGS["processes"]())
    for name in processes:
        for kind in (
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "NetworkPolicy",
        ):
            assert name in by_kind[kind], f"{kind} {name} manquant"
        assert f"{name}-migrate" in by_kind["Job"]
        pod = by_kind["Deployment"][name]["spec"]["template"]["spec"]
        (c,) = pod["containers"]
        assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert c["resources"]["requests"] and c["resources"]["limits"]
        assert c["securityContext"]["runAsNonRoot"] and c["securityContext"]["readOnlyRootFilesystem"]
        # No secret written in a manifest: every secret setting is a secretKeyRef.
        for e in c["env"]:
            if e["name"].endswith(("_SECRET", "_DATABASE_URL", "_PEPPER")):
                assert e["valueFrom"]["secretKeyRef"]["name"].startswith("prf-secrets"), e["name"]
        # Only the gateway accepts traffic from outside PRF's pods.
        (rule,) = by_kind["NetworkPolicy"][name]["spec"]["ingress"]
        assert ("from" not in rule) == (name == "gateway")
    assert by_kind["NetworkPolicy"]["default-deny-ingress"]["spec"]["podSelector"] == {}
    # Every ConfigMap/Secret a pod reads exists in the overlay, or is the operator's prf-secrets (production).
    assert any(n.startswith("prf-config") for n in by_kind["ConfigMap"])
