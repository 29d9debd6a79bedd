# The two entry points (see README): `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup bytecode run test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

# Bytecode for the pipeline's modules, written even where PYTHONDONTWRITEBYTECODE is set (Docker images, CI):
# without it every stage process compiles them again (tenths of a second each, in each of a run's 7+ processes).
# Only modules changed since the last compile are compiled.
bytecode: setup
	$(BIN)/python -m compileall -q pipeline

run: setup bytecode
	dvc repro
	@echo "tables: $(CURDIR)/outputs/ (documents, sentences, mentions, entities, quantities, claims .parquet)"
	@echo "report: $(CURDIR)/outputs/report/index.html"
	@hindi-extract scoreboard outputs/metrics.json outputs/dev/metrics.json metrics/ner_dev.json
	@echo "(full figures: dvc metrics show; compare runs: dvc metrics diff)"

test: setup bytecode
	$(BIN)/python -m pytest -q

clean:
	rm -rf .cache
	[ ! -d outputs ] || find outputs -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +  # outputs/.gitkeep is tracked
