"""Reading ISO-TimeML (``.tml``) gold files, such as the French TimeBank, into ``GoldDoc``.

The text is the character content of ``<TEXT>`` with every tag removed; each ``<TIMEX3>`` inside it becomes a
record ``{start, end, text, type, value}`` with offsets into that text, and the ``<DCT>`` TIMEX3 gives the
publication date. Offsets are checked on reading like every other gold span.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import GoldFormatError
from .gold import GoldDoc


def read_timeml(file: str | Path) -> list[GoldDoc]:
    """One TimeML document (a list, like the other readers)."""
    try:
        root = ET.parse(file).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GoldFormatError(f"{file}: not a readable TimeML file ({exc})") from exc
    body = root.find("TEXT")
    if body is None:
        raise GoldFormatError(f"{file}: no <TEXT> element")
    dct = root.find("DCT/TIMEX3")
    doc_id = root.findtext("DOCID") or Path(file).stem
    parts: list[str] = []
    timexes: list[dict] = []
    _walk(body, parts, timexes)
    text = "".join(parts)
    for timex in timexes:
        if text[timex["start"] : timex["end"]] != timex["text"]:
            raise GoldFormatError(f"{file}: TIMEX3 {timex['text']!r} does not match its offsets")
    return [
        GoldDoc(
            id=doc_id.strip(),
            text=text,
            dct=dct.get("value") if dct is not None else None,
            entities=[],
            source=str(file),
            timexes=timexes,
        )
    ]


def _walk(element: ET.Element, parts: list[str], timexes: list[dict]) -> None:
    """Append the text under ``element`` to ``parts``, recording where each TIMEX3 starts and ends."""
    start = sum(len(part) for part in parts)
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(_inner(element)))
        timexes.append(
            {"start": start, "end": end, "text": "".join(_inner(element)),
             "type": element.get("type"), "value": element.get("value")}
        )


def _inner(element: ET.Element) -> list[str]:
    return list(element.itertext())
