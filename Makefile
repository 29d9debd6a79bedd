# The two entry points (see README): `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup run test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

run: setup
	dvc repro
	@echo "tables: $(CURDIR)/outputs/ (documents, sentences, mentions, entities, quantities, claims .parquet)"
	@echo "report: $(CURDIR)/outputs/report/index.html"
	@hindi-extract scoreboard outputs/metrics.json outputs/dev/metrics.json metrics/ner_dev.json
	@echo "(full figures: dvc metrics show; compare runs: dvc metrics diff)"

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf .cache
	[ ! -d outputs ] || find outputs -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +  # outputs/.gitkeep is tracked
