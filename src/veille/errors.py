"""The exceptions veille raises, in one hierarchy.

    VeilleError
    ├── InputError                 a document cannot be analysed (reported per document, the batch goes on)
    │   ├── EmptyDocument
    │   ├── BinaryDocument
    │   ├── DocumentTooLarge
    │   ├── UndecodableDocument
    │   ├── MalformedRecord        a JSONL line that is not a valid document object
    │   ├── UnsupportedLanguage
    │   ├── MissingInput           a path that does not exist
    │   ├── UnreadableInput        a path that exists but cannot be read (permissions, a special file)
    │   └── AnalysisFailed         a stage raised on the document (a bug; `analyse` reports it and goes on)
    ├── KnowledgeBaseError         the KB file is missing, corrupt, or a dump cannot be read
    ├── StoreError                 the store's database cannot be opened or upgraded
    ├── DataFileError              a bundled lexicon or rule file is invalid (names the bad entry)
    ├── GoldFormatError            a gold file for ``veille eval`` cannot be read or does not match its text
    ├── MissingDependency          an optional package a command needs is not installed (says which extra)
    └── BatchError                 a batch job cannot start or resume (its output folder holds another job)

Each InputError carries a short machine-readable ``reason`` (``"empty"``, ``"binary"``, …) and a human
message; ``str(err)`` is ``"<reason>: <message>"``, which is what a failed document reports as ``error``.
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base class of every error veille raises on purpose."""


class InputError(VeilleError):
    """A document that cannot be analysed; the batch reports it and goes on."""

    reason = "bad_input"

    def __init__(self, message: str):
        super().__init__(f"{self.reason}: {message}")
        self.message = message


class EmptyDocument(InputError):
    reason = "empty"


class BinaryDocument(InputError):
    reason = "binary"


class DocumentTooLarge(InputError):
    reason = "too_large"


class UndecodableDocument(InputError):
    reason = "undecodable"


class MalformedRecord(InputError):
    reason = "malformed_record"


class UnsupportedLanguage(InputError):
    reason = "unsupported_language"


class MissingInput(InputError):
    reason = "not_found"


class UnreadableInput(InputError):
    reason = "unreadable"


def input_error(reason: str, message: str) -> InputError:
    """The typed error a reason names (an InputError when none does), for an error that crossed a process
    boundary as its text ("<reason>: <message>"): a batch worker reports it as the reader saw it."""
    kinds = {kind.reason: kind for kind in InputError.__subclasses__()}
    return kinds.get(reason, InputError)(message)


class AnalysisFailed(InputError):
    """A stage raised on this document: a bug, reported with the document (a batch job keeps it in ``errors``
    and goes on) rather than stopping the job."""

    reason = "analysis_failed"


class KnowledgeBaseError(VeilleError):
    """The knowledge base cannot be built, opened or extended."""


class StoreError(VeilleError):
    """The store's database cannot be reached, created or upgraded to the current schema."""


class DataFileError(VeilleError):
    """A bundled data file (lexicon, rules, KB seed facts) is invalid."""


class GoldFormatError(VeilleError):
    """A gold file cannot be read, or one of its spans does not match its text."""


class MissingDependency(VeilleError):
    """An optional package is needed for what was asked (Parquet, Ray, PostgreSQL): the message names the extra."""


class BatchError(VeilleError):
    """A batch job cannot start or resume as asked: its inputs or its output folder say why."""
