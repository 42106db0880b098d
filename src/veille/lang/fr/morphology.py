"""French inflection, as tiny pure helpers the stages call through ``veille.lang`` (``Lexicon.morphology``)."""

from __future__ import annotations

FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
INFINITIVE_ENDINGS = ("er", "ir", "re")


def masculine_singular(form: str) -> list[str]:
    """Candidate masculine singular forms of an adjective: "potentielles" → "potentielle", "potentiel"."""
    found = []
    for plural in ("s", "x"):
        if form.endswith(plural):
            form = form[: -len(plural)]
            found.append(form)
            break
    if form.endswith("lle"):
        found.append(form[:-2])
    elif form.endswith("e"):
        found.append(form[:-1])
    return found


def is_regular_future(lemma: str, form: str) -> bool:
    """A regular future: the infinitive ("signer", "prendr(e)") plus a future ending ("signera", "prendront")."""
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return lemma.endswith(INFINITIVE_ENDINGS) and form[len(stem) :] in FUTURE_ENDINGS and form.startswith(stem)
