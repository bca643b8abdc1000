"""Production: every secret and address must come from the environment; no defaults."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

for required in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not env(required, default=""):
        raise ImproperlyConfigured(f"{required} must be set in the environment for production.")

# An ESP's tracking webhook suppresses the addresses it reports; without its shared secret
# anyone could post a forged bounce and stop a member's email.
if EMAIL_BACKEND.startswith("anymail.") and not ANYMAIL.get("WEBHOOK_SECRET"):
    raise ImproperlyConfigured("ANYMAIL must include WEBHOOK_SECRET when an ESP sends the email.")

SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
DEBUG = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Cookies only over HTTPS; SECURE_COOKIES=false is for a benchmark on plain HTTP, never a site.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
X_FRAME_OPTIONS = "DENY"
