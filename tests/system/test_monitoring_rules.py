"""infra/monitoring: alert rules and dashboard parse and only use metrics the processes really expose."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "infra" / "monitoring"
# Series Prometheus derives from a metric (counter _total, histogram _bucket/_sum/_count) or gives itself.
_SUFFIXES = ("_total", "_bucket", "_sum", "_count")
_BUILTIN = {"up"}
_METRIC = re.compile(r"\b([a-z_][a-z0-9_]*)\s*(?:\{|\[)")


def _declared() -> set[str]:
    names: set[str] = set()
    for src in [
        *ROOT.glob("libs/*/src/**/*.py"),
        *ROOT.glob("services/*/src/**/*.py"),
        *ROOT.glob("gateway/src/**/*.py"),
    ]:
        names.update(re.findall(r"(?:Counter|Histogram|Gauge)\(\s*\"([a-z_]+)\"", src.read_text()))
    return names


def _used(expr: str) -> set[str]:
    return {
        m for m in _METRIC.findall(expr) if m not in {"rate", "increase", "sum", "by", "histogram_quantile"}
    }


def _known(series: str, declared: set[str]) -> bool:
    return (
        series in _BUILTIN or series in declared or any(series.removesuffix(s) in declared for s in _SUFFIXES)
    )


def test_alert_rules_use_exposed_metrics() -> None:
    rules = yaml.safe_load((MONITORING / "prometheus-rules.yaml").read_text())
    declared = _declared()
    exprs = [r["expr"] for g in rules["groups"] for r in g["rules"]]
    assert exprs
    for expr in exprs:
        for series in _used(expr):
            assert _known(series, declared), f"métrique inconnue dans une alerte : {series}"


def test_dashboard_uses_exposed_metrics() -> None:
    dashboard = json.loads((MONITORING / "grafana-dashboard.json").read_text())
    declared = _declared()
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    assert exprs
    for expr in exprs:
        for series in _used(expr):
            assert _known(series, declared), f"métrique inconnue dans le tableau de bord : {series}"
