"""Django settings. Everything that differs per deployment comes from the environment.

Variables (all optional on a laptop; see docs/deployment.md for production):

- ``SPEELVELD_DATABASE_URL``: e.g. ``postgres://user@127.0.0.1:5432/speelveld``; default
  SQLite in ``$SPEELVELD_DATA_DIR/speelveld.sqlite3``.
- ``SPEELVELD_DATA_DIR``: SQLite, the generated secret key and uploads (default ``./var``).
- ``SPEELVELD_SECRET_KEY``: required when ``SPEELVELD_PRODUCTION=1``; otherwise a random key is
  generated once and kept in the data dir, so no secret ever has a default.
- ``SPEELVELD_DEBUG`` (``1``/``0``), ``SPEELVELD_ALLOWED_HOSTS`` (comma separated),
  ``SPEELVELD_EMAIL_URL`` is read by later features.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SPEELVELD_DATA_DIR", Path.cwd() / "var")).resolve()
PRODUCTION = os.environ.get("SPEELVELD_PRODUCTION", "0") == "1"
DEBUG = os.environ.get("SPEELVELD_DEBUG", "0") == "1" and not PRODUCTION


def _secret_key() -> str:
    key = os.environ.get("SPEELVELD_SECRET_KEY", "")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SPEELVELD_SECRET_KEY must be set when SPEELVELD_PRODUCTION=1.")
    # A laptop or test run: one random key per data dir, created on first use.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("SPEELVELD_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "speelveld.catalogue",
    "speelveld.places",
    "speelveld.players",
    "speelveld.activities",
    "speelveld.accounts",
    "speelveld.analysis",
    "speelveld.interop",
    "speelveld.api",
    "speelveld.web",
    "speelveld.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "speelveld.urls"
WSGI_APPLICATION = "speelveld.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "speelveld.web.context.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("SPEELVELD_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'speelveld.sqlite3'}",
        conn_max_age=0 if DEBUG else 60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the pages read while an import writes; a busy timeout instead of "locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # filled by collectstatic in production
# Front-end libraries are installed from the npm registry into this folder at build time
# (scripts/build-assets); they are never copied into the repository and never loaded from a CDN.
STATICFILES_DIRS = [p for p in [PACKAGE_DIR / "web" / "vendor"] if p.exists()]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SPEELVELD_HSTS_SECONDS", "0"))

EMAIL_BACKEND = os.environ.get(
    "SPEELVELD_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("SPEELVELD_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("SPEELVELD_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("SPEELVELD_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SPEELVELD_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("SPEELVELD_EMAIL_USE_TLS", "0") == "1"
EMAIL_USE_SSL = os.environ.get("SPEELVELD_EMAIL_USE_SSL", "0") == "1"
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("SPEELVELD_EMAIL_FROM", "Speelveld <speelveld@localhost>")
SPEELVELD_BASE_URL = os.environ.get("SPEELVELD_BASE_URL", "")  # links in reminder e-mails

# Demo and test runs: no external requests, ever. Tiles only when a deployer sets a server.
SPEELVELD_TILE_URL = os.environ.get("SPEELVELD_TILE_URL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SPEELVELD_LOG_LEVEL", "WARNING")},
}
