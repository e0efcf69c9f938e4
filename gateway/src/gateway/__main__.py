"""`python -m gateway`: serve the gateway (and, in embedded mode, the three services) with uvicorn."""

import uvicorn

from gateway.app import create_app
from gateway.settings import GatewaySettings


def main() -> None:
    settings = GatewaySettings()
    trusted = settings.trusted_proxies
    uvicorn.run(
        create_app(settings),
        host="0.0.0.0",
        port=settings.port,
        log_config=None,
        # X-Forwarded-For/-Proto only from the configured reverse proxies: from anyone else they would
        # let a caller choose the address the rate limit and the login throttle count against.
        proxy_headers=bool(trusted),
        forwarded_allow_ips=",".join(trusted) if trusted else None,
        timeout_graceful_shutdown=5,
    )


if __name__ == "__main__":
    main()
