"""Settings shared by every environment. Everything configurable comes from the environment;
dev, test and production only override what differs."""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.EMAIL_SCHEMES["mailbox"] = "safeonline.mail.MailboxBackend"

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
SITE_URL = env("SITE_URL", default="http://localhost:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[SITE_URL])

INSTALLED_APPS = [
    "home",
    "research",
    "community",
    "newsletter",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "anymail",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.RejectNulMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.middleware.TextCompressionMiddleware",
    "home.http_cache.HttpCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LanguageFromAddressMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "axes.middleware.AxesMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Security headers on public pages. SecurityMiddleware sends X-Content-Type-Options and the
# referrer policy everywhere (HSTS in production); the policy below goes on every page outside
# the admin. Style attributes stay allowed for responsive embeds; frames only from the video
# hosts that embed blocks use.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "frame-src": [
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY_EXEMPT_PATHS = ["/admin/"]

# Rendered fragments of public pages are cached until content changes
# (home/content_version.py); 0 turns fragment caching off.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=600)
# What every page needs and only content changes (the site, settings, menu, restricted sections,
# figures) is remembered by each web process under the content version, and for at most this
# long (home/process_cache.py); 0 turns that off.
PROCESS_MEMO_SECONDS = env.int("PROCESS_MEMO_SECONDS", default=60)

# Optional whole-page caching (off by default). Pages that read the session vary on Cookie, so
# signed-in staff get their own entries; responses setting cookies on cookie-less requests are
# never stored. Cached pages lag edits by at most PAGE_CACHE_SECONDS.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
if PAGE_CACHE_SECONDS:
    MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
    CACHE_MIDDLEWARE_KEY_PREFIX = "page"

# How long a CDN or proxy may keep an anonymous public page (Cache-Control s-maxage), and one
# whose address has a query string (filters, searches, page numbers), which publishing does not
# purge (home/http_cache.py). Browsers always ask again, and get 304 when nothing changed.
CDN_CACHE_SECONDS = env.int("CDN_CACHE_SECONDS", default=300)
CDN_QUERY_CACHE_SECONDS = env.int("CDN_QUERY_CACHE_SECONDS", default=60)

# Purging a CDN or proxy when content is published (home/frontend_cache.py), through Wagtail's
# frontend cache backends; off unless FRONTEND_CACHE_BACKEND names one.
frontend_cache_backends = {
    "http": lambda: {  # Varnish or any proxy that takes PURGE requests
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_LOCATION"),
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
    },
    "cloudfront": lambda: {  # AWS credentials as boto3 finds them (AWS_ACCESS_KEY_ID…, a role)
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
FRONTEND_CACHE_BACKEND = env("FRONTEND_CACHE_BACKEND", default="")
# Each language's pages have their own addresses (/fr/…, home/locales.py), purged as they are:
# Wagtail is not to add every language prefix to every address.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if FRONTEND_CACHE_BACKEND not in ("", *frontend_cache_backends):
    raise ImproperlyConfigured(
        f"FRONTEND_CACHE_BACKEND must be one of {', '.join(frontend_cache_backends)}, or unset."
    )
WAGTAILFRONTENDCACHE = (
    {"default": frontend_cache_backends[FRONTEND_CACHE_BACKEND]()} if FRONTEND_CACHE_BACKEND else {}
)

ROOT_URLCONF = "safeonline.urls"
WSGI_APPLICATION = "safeonline.wsgi.application"

# Widgets render with the project's templates too (templates/home/widgets/); "django.forms"
# above supplies Django's own widget templates to that engine.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run`: web, worker pool and beat share one file. A transaction that reads and then
    # writes fails at once with "database is locked" if another took the write lock meanwhile,
    # so each takes it at BEGIN and waits for it; WAL lets readers go on during a write.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=20, init_command="PRAGMA journal_mode=WAL;"
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL compiles a query to machine code once its estimated cost passes a threshold,
    # which a listing sorted by recent activity passes on its later pages: compiling took 1.2 s
    # of a 1.3 s query there. The site's queries are short; none gains from it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
# Short socket timeouts: an unreachable cache is skipped quickly (safeonline/redis_cache.py).
REDIS_CACHE_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "safeonline",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    # Without Redis (`make run`), web, worker and beat share a cache in files, so that a
    # content-version change (a publish, a privacy change) reaches every process.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }
# Rendition lookups are cached per process: they are read on every image and never change.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "TIMEOUT": 600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# One throttle for every way to sign in (home/signin.py): django-axes sees every authenticate()
# call, whichever view makes it, and counts failures in the database, which every process
# shares with or without Redis. An account is paused after SIGN_IN_FAILURE_LIMIT failures in
# SIGN_IN_LOCKOUT_MINUTES, an IP address after five times as many.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "home.signin.SignInThrottle"
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("SIGN_IN_LOCKOUT_MINUTES", default=60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "home.signin.attempted_username"
AXES_LOCKOUT_TEMPLATE = "signin_paused.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = False  # a success from one address must not clear its guesses at others
AXES_ENABLE_ADMIN = False  # no Django admin here
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at /, French at /fr/, Spanish at /es/ (safeonline/urls.py). Pages are translated in
# the admin with wagtail-localize; the French and Spanish page trees are kept in step with the
# English one, so an untranslated page is served in English there, with a note (home/locales.py).
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English"), ("fr", "Français"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
# Machine translation in the translation editor, only when a DeepL key is given.
if DEEPL_API_KEY := env("DEEPL_API_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
# Files browsers fetch from the site's root whether a page links them or not (/favicon.ico,
# /apple-touch-icon.png), served by WhiteNoise as the static files are.
WHITENOISE_ROOT = BASE_DIR / "home" / "site_root"
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# The web processes serve uploaded images themselves unless a proxy or bucket serves MEDIA_URL
# (then SERVE_MEDIA=false). Documents always go through Wagtail's view, which checks privacy.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
MEDIA_MAX_AGE = 7 * 24 * 60 * 60
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email. Without EMAIL_URL every message is written as an .eml file to var/mail/.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Safe Online <hello@safeonline.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "safeonline.mail.MailboxBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_TIMEOUT = 30
# Any ESP through django-anymail: EMAIL_BACKEND=anymail.backends.<esp>.EmailBackend and
# ANYMAIL='{"<ESP>_API_KEY": "...", "WEBHOOK_SECRET": "user:password"}' (JSON).
EMAIL_BACKEND = env("EMAIL_BACKEND", default=EMAIL_BACKEND)
ANYMAIL = env.json("ANYMAIL", default={})

# Celery: Redis when REDIS_URL is set, otherwise a filesystem broker that needs no server. The
# filesystem transport ignores the host, but kombu warns on every connection that names none.
CELERY_BROKER_URL = REDIS_URL or "filesystem://localhost/"
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {"visibility_timeout": 3600}
    if REDIS_URL
    else {
        "data_folder_in": str(VAR_DIR / "celery" / "queue"),
        "data_folder_out": str(VAR_DIR / "celery" / "queue"),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
    }
)
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="celery")
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A pool process is some 130 MiB, most of it Django and Wagtail; one that has grown past this
# (KiB) after a task, by a leak or an unusually large job, is replaced by a fresh one.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", default=256_000)
CELERY_TASK_SOFT_TIME_LIMIT = 600
CELERY_TASK_TIME_LIMIT = 900
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")
CELERY_BEAT_SCHEDULE = {
    "plan-due-mailings": {"task": "newsletter.tasks.plan_due_mailings", "schedule": 300},
    "resume-stalled-mailings": {
        "task": "newsletter.tasks.resume_stalled_mailings",
        "schedule": 60,
    },
    "purge-unconfirmed-subscribers": {
        "task": "newsletter.tasks.purge_unconfirmed_subscribers",
        "schedule": 24 * 3600,
    },
    "remind-grantees": {"task": "community.tasks.send_reporting_reminders", "schedule": 6 * 3600},
    "flush-outbox": {"task": "home.tasks.flush_outbox", "schedule": 60},
    "purge-expired-personal-data": {
        "task": "home.tasks.purge_expired_personal_data",
        "schedule": 24 * 3600,
    },
}

# Newsletter sending: rows claimed per batch, parallel senders per mailing, how long one task
# sends before handing over to a fresh one, and the pause after the mail server refuses.
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=500)
NEWSLETTER_SENDERS = env.int("NEWSLETTER_SENDERS", default=2)
# SMTP connections per sender, each carrying one message of a flight (newsletter/smtp.py): also
# the most messages a killed sender can have sent without their sent marks.
NEWSLETTER_SMTP_CONNECTIONS = env.int("NEWSLETTER_SMTP_CONNECTIONS", default=16)
NEWSLETTER_TASK_SECONDS = env.int("NEWSLETTER_TASK_SECONDS", default=60)
NEWSLETTER_RETRY_SECONDS = env.int("NEWSLETTER_RETRY_SECONDS", default=30)
# A claimed row whose worker died is claimed again after this long.
NEWSLETTER_LEASE_SECONDS = env.int("NEWSLETTER_LEASE_SECONDS", default=300)
NEWSLETTER_UNSUBSCRIBE_MAILTO = env(
    "NEWSLETTER_UNSUBSCRIBE_MAILTO", default="unsubscribe@safeonline.example"
)
# Every form that makes the site send email is limited per IP address and per recipient
# (home/ratelimit.py; the README lists each form). Newsletter sign-ups and link requests: per IP
# address per hour here; one link email per address per day (newsletter.subscriptions).
NEWSLETTER_FORM_RATE_LIMIT = env.int("NEWSLETTER_FORM_RATE_LIMIT", default=10)
# Password resets (portal and admin): requests per IP address, and emails to one address, per hour.
PASSWORD_RESET_RATE_LIMIT = env.int("PASSWORD_RESET_RATE_LIMIT", default=5)
PASSWORD_RESET_EMAILS_PER_ADDRESS = env.int("PASSWORD_RESET_EMAILS_PER_ADDRESS", default=3)
# Contact forms: messages per IP address per hour, and notifications to one staff address per
# hour (past that, messages are still stored and listed in the admin, just not emailed).
CONTACT_FORM_RATE_LIMIT = env.int("CONTACT_FORM_RATE_LIMIT", default=5)
CONTACT_NOTIFICATIONS_PER_ADDRESS = env.int("CONTACT_NOTIFICATIONS_PER_ADDRESS", default=30)
# How long the site keeps what people leave with it (home/retention.py, purged daily; the privacy
# notice states these periods): contact-form messages, the record of each sign-in, and the daily
# tallies of what people searched for.
CONTACT_MESSAGE_RETENTION_DAYS = env.int("CONTACT_MESSAGE_RETENTION_DAYS", default=365)
SIGN_IN_RECORD_RETENTION_DAYS = env.int("SIGN_IN_RECORD_RETENTION_DAYS", default=90)
SEARCH_TALLY_RETENTION_DAYS = env.int("SEARCH_TALLY_RETENTION_DAYS", default=365)
# Wagtail's password-protected pages: password attempts per IP address per hour.
PAGE_PASSWORD_RATE_LIMIT = env.int("PAGE_PASSWORD_RATE_LIMIT", default=10)

# Grantee portal: how long invitation links last, reminders before an update is due, and upload
# limits.
LOGIN_URL = "community:login"
GRANTEE_INVITATION_DAYS = env.int("GRANTEE_INVITATION_DAYS", default=14)
GRANTEE_REMINDER_DAYS = env.int("GRANTEE_REMINDER_DAYS", default=14)
GRANTEE_IMAGE_MAX_BYTES = env.int("GRANTEE_IMAGE_MAX_BYTES", default=5 * 1024 * 1024)
GRANTEE_DOCUMENT_MAX_BYTES = env.int("GRANTEE_DOCUMENT_MAX_BYTES", default=10 * 1024 * 1024)
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# Wagtail's own background work (reference index, renditions, cache purges) is small and
# bound to the request that caused it, so it runs inline rather than through Celery.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Safe Online"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "home.forms.LimitedPasswordResetForm"  # noqa: S105
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Wagtail's database backend with the site's ranking (home/search_backend.py). PostgreSQL stems
# English words with the english configuration, whatever the server's default; SQLite's index
# does so with FTS5's porter tokenizer (home/migrations/0007_search_stemming.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "home.search_backend", "SEARCH_CONFIG": "english"},
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True
WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILEMBEDS_RESPONSIVE_HTML = True

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # django-axes logs every sign-in at INFO; failures and pauses, at WARNING, are what matter
    "loggers": {"axes": {"level": "WARNING"}},
}
