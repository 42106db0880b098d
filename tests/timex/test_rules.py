"""Every example of the French time grammar (src/veille/lang/fr/timex.yaml), run through the whole pipeline.

Each rule carries its own examples — a sentence, the expression it must yield and its value against a publication
date — so a rule can be read, fixed and tested on its own: ``pytest tests/timex/test_rules.py -k weekday``.
"""

from __future__ import annotations

import pytest

from veille.timex import load_grammar

EXAMPLES = [
    pytest.param(rule.name, example, id=f"{rule.name}-{index}")
    for rule in load_grammar().rules
    for index, example in enumerate(rule.examples)
]


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in load_grammar().rules)


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(analyse_text, rule, example):
    analysis = analyse_text(example["sentence"], dct=example.get("dct"))
    if example["text"] is None:
        assert analysis.timexes == [], f"{rule}: nothing should be found in {example['sentence']!r}"
        return
    found = {timex.text: timex for timex in analysis.timexes}
    assert example["text"] in found, f"{rule}: {example['text']!r} not among {list(found)}"
    timex = found[example["text"]]
    assert timex.value == example["value"]
    assert timex.type == example.get("type", "DATE")
