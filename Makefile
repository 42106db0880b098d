# veille — the two commands of the Quickstart work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/veille analyze examples/article-fr-poutine-pyongyang.txt --format pretty

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/veille eval ner ../shared/gold/fr-news-dev/fr_news_dev.jsonl
	$(BIN)/veille eval quotes ../shared/gold/fr-news-dev/fr_news_dev.jsonl
	$(BIN)/veille eval timex ../shared/gold/fr-news-dev/fr_news_dev.jsonl ../shared/gold/fr-timebank-dev

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/stages.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
