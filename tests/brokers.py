"""Pointing this process's Celery at another broker for a test."""

import socket
from contextlib import contextmanager

from safeonline.celery import app


def configure_celery(**options):
    """Change this process's Celery settings, dropping pooled connections to the old broker."""
    app.conf.update(options)
    app._pool = None  # noqa: SLF001 - Celery keeps no public way to reset its pools
    app.amqp._producer_pool = None  # noqa: SLF001


@contextmanager
def celery_configured(**options):
    """Change Celery's settings for the block, then put back what they were. Change them here
    only: Celery reads Django's settings lazily, so a Django setting changed first would be
    saved as the value to put back, and outlive the test."""
    saved = {key: app.conf[key] for key in options}
    configure_celery(**options)
    try:
        yield
    finally:
        configure_celery(**saved)


def free_port():
    """A local port nothing listens on (until a test starts a server there)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def broker_down():
    """Publish for real, to a port where no broker listens."""
    return celery_configured(
        task_always_eager=False, broker_url=f"redis://127.0.0.1:{free_port()}/0"
    )
