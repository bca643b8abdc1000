"""Production settings refuse to start without their secrets and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="safeonline.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="safeonline.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_deploy_checks_pass_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-secret-key-for-the-deploy-check-0123456789-abcdefghij",
        ALLOWED_HOSTS="safeonline.example",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def web_command_as_run(**env):
    """The Procfile's web command as the shell that honcho starts would run it."""
    [command] = [
        line.split(":", 1)[1].strip()
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line.startswith("web:")
    ]
    result = subprocess.run(
        ["sh", "-c", f"echo {command}"],
        env={"PATH": os.environ["PATH"], "PORT": "8000", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_make_run_listens_on_this_machine_only_unless_host_says_otherwise():
    assert web_command_as_run()[-2:] == ["runserver", "127.0.0.1:8000"]
    assert web_command_as_run(HOST="0.0.0.0")[-1] == "0.0.0.0:8000"  # noqa: S104


def test_production_refuses_an_esp_without_a_webhook_secret():
    result = run_manage(
        "check",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="safeonline.example",
        EMAIL_BACKEND="anymail.backends.postmark.EmailBackend",
        ANYMAIL='{"POSTMARK_SERVER_TOKEN": "t"}',
    )
    assert result.returncode != 0
    assert "WEBHOOK_SECRET" in result.stderr
