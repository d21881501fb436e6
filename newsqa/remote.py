"""The command line's dealings with the network: a running service to ask, a port to listen on."""

from __future__ import annotations

import typer
from rich.console import Console

from newsqa.settings import Settings

console = Console(stderr=True)


def running_service(settings: Settings) -> str | None:
    """The local service's address when it is up and ready, else None (checked in a few milliseconds)."""
    import httpx

    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    base = f"http://{host}:{settings.port}"
    try:
        ready = httpx.get(f"{base}/readyz", timeout=0.5)
    except httpx.HTTPError:
        return None
    return base if ready.status_code == 200 else None


def ask(base: str, question: str, mode: str | None, scope, settings: Settings) -> dict:
    import httpx

    body = {"question": question, "mode": mode, **scope.model_dump(mode="json", exclude_none=True)}
    headers = {}
    key = settings.api_key
    if key is not None and key.get_secret_value():
        headers["X-API-Key"] = key.get_secret_value()  # for a service that protects reads
    try:
        response = httpx.post(f"{base}/api/ask", json=body, headers=headers, timeout=300)
    except httpx.HTTPError as exc:
        console.print(f"[red]the service at {base} did not answer: {exc}[/]")
        raise typer.Exit(1) from None
    if response.status_code != 200:
        console.print(f"[red]the service answered {response.status_code}: {response.json().get('error', '')}[/]")
        raise typer.Exit(1)
    return response.json()


def port_problem(host: str, port: int) -> str | None:
    """Why `host:port` cannot be listened on (in use, not an address of this machine), or None."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
    return None
