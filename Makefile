# peristiwa: the two commands a fresh machine needs are `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DB      ?= peristiwa.db

.PHONY: run test install model model-spacy bench clean-db

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The main job: bundled sample pages -> embedded database -> timeline.
run: install
	$(BIN)/peristiwa run samples/pages --db $(DB)

test: install
	$(BIN)/python -m pytest

# Rebuild the shipped Indonesian NER model (feature CRF) from ../shared/data/ner (fixed seed).
model: install
	$(BIN)/python scripts/train_ner_crf.py

# The earlier spaCy NER model (data/models/ner-id), kept for comparison.
model-spacy: install
	$(BIN)/python scripts/train_ner.py

bench: install
	$(BIN)/python bench/run_all.py

clean-db:
	rm -f $(DB) $(DB)-wal $(DB)-shm
