from .base import *

SECRET_KEY = "test-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
if not env("EMAIL_URL", default=""):  # integration tests' workers talk to a real SMTP sink
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
CELERY_TASK_EAGER_PROPAGATES = True
WAGTAILADMIN_BASE_URL = SITE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
LOGGING["root"]["level"] = "WARNING"
# Each test process gets its own cache so cached site data never leaks between test databases.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
# A test that runs other processes without Redis shares a cache in files with them, as the
# processes of `make run` do (tests/integration/test_privacy_without_redis.py).
if env("TEST_FILE_CACHE", default=""):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env("TEST_FILE_CACHE"),
    }
# Tests see fresh rendering (and its true query count); fragment caching has its own tests.
FRAGMENT_CACHE_SECONDS = 0
# Factories change content without publishing, so tests see it at once; the process memory has
# its own tests, which turn it on.
PROCESS_MEMO_SECONDS = env.int("PROCESS_MEMO_SECONDS", default=0)
# Serve app static files straight from their apps, as in development (no collectstatic).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
