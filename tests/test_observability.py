"""Every process answers /healthz, /readyz and /metrics; metrics are labelled by route template."""

import importlib

import pytest

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize("service", ["catalog", "parcours", "indicators"])
async def test_service_health_and_metrics(service, service_client):
    module = importlib.import_module(f"{service}.app")
    settings_cls = type(module.settings_from_env())
    async with service_client(module.create_app, settings_cls) as client:
        assert (await client.get("/healthz")).json()["status"] == "ok"
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ready"
        await client.get("/openapi.json")
        metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    text = metrics.text
    assert 'http_requests_total{method="GET",route="/readyz",status="200"} 1.0' in text
    assert 'route="/openapi.json"' in text


async def test_metrics_use_templates_not_raw_paths(gateway_stack):
    async with gateway_stack() as client:
        for kind in ("departements", "secteurs", "niveaux"):
            await client.get(f"/api/catalog/v1/referentiels/{kind}")
        catalog_app = client.app.state.embedded_apps["catalog"]
        async with __import__("httpx").AsyncClient(
            transport=__import__("httpx").ASGITransport(app=catalog_app), base_url="http://c"
        ) as direct:
            text = (await direct.get("/metrics")).text
    assert 'route="/v1/referentiels/{kind}",status="200"} 3.0' in text
    assert "/v1/referentiels/secteurs" not in text
