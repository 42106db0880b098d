"""Bytes to text: size limits, binary sniffing and encoding detection for plain-text inputs.

Offsets in every layer index into the decoded text, so decoding must be exact: a file either decodes with an
encoding we are confident in, or it is rejected with a typed reason. Nothing is ever decoded "with replacement";
the decoded text is then put in veille's normal form by whoever makes the Article of it (``veille.text``).
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

import charset_normalizer

from ..errors import BinaryDocument, DocumentTooLarge, UndecodableDocument

logger = logging.getLogger(__name__)

SNIFF_BYTES = 8192
"""How much of the start of an input is looked at to tell binary from text (git looks at 8,000 bytes)."""

MAX_BYTES_PER_CHAR = 4
"""The most bytes one character takes (UTF-8, UTF-32), so a file over 4 × max_chars bytes (+ a BOM) is too large."""

MAX_CONTROL_RATIO = 0.10
"""Text files carry almost no control characters; past 10 % of a sample, the input is binary."""

# Formats that are never text, by their first bytes (images, PDF, archives, executables, office files). Only
# signatures no text starts with: short ASCII ones such as "MZ" or "BZh" are left to the NUL and control checks.
_MAGIC_NUMBERS: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b",
    b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"\x7fELF", b"\xd0\xcf\x11\xe0",
)

# Byte-order marks that announce a wide encoding; checked longest first (the UTF-32 LE mark starts like UTF-16 LE's).
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

# Western encodings preferred when charset-normalizer scores several code pages the same: for French text
# cp1250 and cp1252 often tie, and only cp1252 gives back "à" rather than "ŕ".
_PREFERRED_ENCODINGS: tuple[str, ...] = ("cp1252", "iso8859_15", "latin_1")

_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})

_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_TEXT_CONTROL_BYTES = frozenset(map(ord, _TEXT_CONTROLS))
_MIN_UTF16_CHARS = 8
_UTF16_NUL_SHARE = 0.7


def too_large(size: int, unit: str, max_chars: int, *, bound: int | None = None) -> DocumentTooLarge:
    """The one wording of a size rejection: the size found and the limit, so every reader reports them alike.

    bound (int | None): when ``size`` is not counted in characters (bytes, HTML), the most that ``max_chars``
        allows in that unit.
    """
    if bound is None:
        return DocumentTooLarge(f"{size:,} {unit}, over the limit of {max_chars:,} characters")
    return DocumentTooLarge(f"{size:,} {unit}, more than the {bound:,} that a {max_chars:,}-character limit allows")


def text_byte_limit(max_chars: int) -> int:
    """The largest byte size a text of ``max_chars`` characters can have in any supported encoding."""
    return MAX_BYTES_PER_CHAR * max_chars + len(codecs.BOM_UTF32_LE)


def check_not_binary(sample: bytes) -> None:
    """Raise BinaryDocument if the first bytes of an input show it is not text.

    Two signs: a known file signature, or the share of control bytes (NUL among them) past ``MAX_CONTROL_RATIO``.
    A few stray NULs, which scrapers leave in good text, do not make a file binary: the text is analysed with
    them blanked (``veille.text``). UTF-16/32, whose NULs are half its bytes, is let through when a BOM announces it
    or its NULs fall on every other byte (``utf16_byte_order``).
    """
    sample = sample[:SNIFF_BYTES]
    if sample.startswith(_MAGIC_NUMBERS):
        raise BinaryDocument("starts with the signature of a binary file format")
    if any(sample.startswith(bom) for bom, _ in _WIDE_BOMS) or utf16_byte_order(sample):
        return
    controls = sum(byte < 0x20 and byte not in _TEXT_CONTROL_BYTES for byte in sample)
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        raise BinaryDocument(f"{controls} control bytes (NUL and others) in the first {len(sample)} bytes")


def utf16_byte_order(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a BOM, else None.

    Text in Latin script written in UTF-16 has a NUL as the high byte of nearly every character, so NULs fill
    one parity of the bytes and are absent from the other; binary data puts its NULs anywhere.
    """
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < _MIN_UTF16_CHARS:
        return None
    nul_share = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_share[1] >= _UTF16_NUL_SHARE and nul_share[0] == 0:
        return "utf-16-le"
    if nul_share[0] >= _UTF16_NUL_SHARE and nul_share[1] == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, declared: str | None = None) -> str:
    """Decode an input exactly, or raise an InputError saying why not.

    data (bytes): the raw input.
    declared (str | None): the encoding the input declares for itself (an HTML ``<meta charset>``), if any.
    RETURNS (str): the text; the stages, first success wins:
    1. A UTF-32/UTF-16 byte-order mark decides the codec; UTF-16 without one is known by its NULs.
    2. Strict UTF-8 (a UTF-8 BOM is stripped): the common case, and unambiguous when it succeeds.
    3. The declared encoding, if the bytes decode with it.
    4. charset-normalizer, for legacy code pages (cp1252, latin-1, …); no confident guess → UndecodableDocument.
    The decoded text is then checked for control characters, which a wrong guess on binary data produces.
    """
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_utf16_unmarked(data)
    if text is None:
        text = _decode_utf8(data)
    if text is None and declared:
        text = _decode_declared(data, declared)
    if text is None:
        text = _decode_detected(data)
    _check_controls(text)
    return text


def _decode_with_bom(data: bytes) -> str | None:
    """Decode UTF-16/32 data that announces itself with a BOM; None when there is no such BOM."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)  # the codec reads and drops the BOM
            except UnicodeDecodeError as exc:
                raise UndecodableDocument(f"starts with a {codec} byte-order mark but is not {codec}") from exc
    return None


def _decode_utf16_unmarked(data: bytes) -> str | None:
    """Decode UTF-16 text that has no BOM (its byte order read from where its NULs fall); None when it is not."""
    codec = utf16_byte_order(data[:SNIFF_BYTES])
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableDocument(f"looks like {codec} without a byte-order mark, but is not {codec}") from exc


def _decode_utf8(data: bytes) -> str | None:
    """Strict UTF-8 with an optional BOM; None when the bytes are not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _decode_declared(data: bytes, declared: str) -> str | None:
    """Decode with the encoding the input declares; None if it is unknown or wrong for these bytes.

    As browsers do (WHATWG Encoding), a declared latin-1 or ASCII is read as its superset cp1252.
    """
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        logger.debug("unknown declared encoding %r", declared)
        return None
    if codec in _READ_AS_CP1252:
        codec = "cp1252"
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        logger.debug("declared encoding %s does not fit the bytes", codec)
        return None


def _decode_detected(data: bytes) -> str:
    """Let charset-normalizer pick a legacy encoding, preferring Western code pages on a tie (French first)."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise UndecodableDocument("not UTF-8, and no other encoding fits it with confidence")
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    for encoding in _PREFERRED_ENCODINGS:
        if any(encoding in m.could_be_from_charset for m in tied):
            logger.debug("decoded as %s (tied with %s)", encoding, best.encoding)
            return _decode_strict(data, encoding)
    logger.debug("decoded as %s", best.encoding)
    return _decode_strict(data, best.encoding)


def _decode_strict(data: bytes, encoding: str) -> str:
    """Decode with the chosen encoding, never with replacement characters."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableDocument(f"detected as {encoding}, but does not decode as {encoding}") from exc


def _check_controls(text: str) -> None:
    """Reject decoded text full of control characters: binary data that happened to decode."""
    sample = text[:SNIFF_BYTES]
    controls = sum(unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS for ch in sample)
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        raise BinaryDocument(f"{controls} control characters in the first {len(sample)} characters")
