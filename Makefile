# Set-up and everyday commands.  Only Python 3.11+ and the package registries
# are needed: everything is installed pinned into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
CHROMIUM := /usr/bin/chromium

.PHONY: install dev demo test bench clean-db browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

# Debian's Chromium for the browser test (never a browser download).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	  || echo "warning: could not install Debian's chromium; the browser test will fail" >&2

demo: install
	$(BIN)/eventwire ingest samples --db eventwire.duckdb
	$(BIN)/eventwire stats --db eventwire.duckdb

test: dev browser
	EVENTWIRE_EVAL=1 $(BIN)/python -m pytest -q

bench: install
	$(BIN)/eventwire bench ../shared/eval/polnear/data --workers 2
