# veille — the two commands of the Quickstart work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/veille analyze examples/article-fr-poutine-pyongyang.txt --format pretty
	@echo
	@echo "Next: the example corpus (examples/corpus, 22 articles, about 10 s) in a store of its own, then its stories:"
	@echo "  $(BIN)/veille ingest examples/corpus --data-dir .veille-demo"
	@echo "  $(BIN)/veille stories --data-dir .veille-demo"
	@echo "  $(BIN)/veille timeline --story 1 --data-dir .veille-demo"
	@echo "  $(BIN)/veille serve --data-dir .veille-demo    # then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/veille eval ner ../shared/gold/fr-news-dev/fr_news_dev.jsonl
	$(BIN)/veille eval quotes ../shared/gold/fr-news-dev/fr_news_dev.jsonl
	$(BIN)/veille eval timex ../shared/gold/fr-news-dev/fr_news_dev.jsonl ../shared/gold/fr-timebank-dev
	$(BIN)/veille eval events data/events-dev --shared ../shared
	$(BIN)/veille eval geo data/geo-dev data/geo-dev/ambiguous.jsonl --shared ../shared

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/stages.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
