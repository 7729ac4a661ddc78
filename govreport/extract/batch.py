"""Extracting a whole corpus: document by document, in one or more processes.

Documents are independent, so `--jobs N` hands them to N worker processes.
Work is submitted in a bounded window and results come back in document order,
so memory stays flat however large the corpus is.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

WINDOW_PER_JOB = 16  # documents in flight per worker: enough to keep it busy, few enough to stay flat


@dataclass(frozen=True)
class ExtractOptions:
    """What every worker needs to extract the same way (picklable)."""

    indicator_files: tuple[str, ...] = ()  # --indicators: added to / overriding the shipped vocabulary
    segmenter: str = "jieba"  # jieba / pkuseg / none
    pkuseg_model: str | None = None


@dataclass
class Outcome:
    """One document's figures (or a raw page's), or the one-line reason it failed."""

    label: str  # source, with #part for a page holding several documents
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    # with extract_outcomes(as_columns=True): the rows as one list per column (io.columns_from_rows), built
    # where the document was extracted, and `rows` empty
    columns: dict[str, list[Any]] | None = None

    def figures(self) -> list[dict[str, Any]] | dict[str, list[Any]]:
        """The rows, as columns when they came as columns (what io.ColumnBuffer and BatchWriter take)."""
        return self.columns if self.columns is not None else self.rows


@dataclass(frozen=True)
class RawPage:
    """A raw file to clean and extract in the worker, so --jobs spreads cleaning too."""

    path: str


_STATE: dict[str, Any] = {}


def prepare(options: ExtractOptions) -> None:
    """Load the vocabulary (and check the segmenter) once per process; raises UsageError for bad files."""
    if _STATE.get("options") == options:
        return
    from govreport.extract.pipeline import default_vocabulary
    from govreport.extract.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(options.indicator_files) if options.indicator_files else default_vocabulary()
    factory: Any = None
    if options.segmenter != "none":
        from govreport.extract.segment import get_segmenter

        words = tuple(vocabulary.all_names())
        if options.segmenter == "pkuseg":
            get_segmenter("pkuseg", options.pkuseg_model, words)  # a bad model path fails now, not per document

        loaded: list[Any] = []

        def segmenter_factory(backend=options.segmenter, model=options.pkuseg_model, words=words):
            # loaded on first use (most documents need it for a few long phrases), then kept
            if not loaded:
                loaded.append(get_segmenter(backend, model, words))
            return loaded[0]

        factory = segmenter_factory

    _STATE.update(options=options, vocabulary=vocabulary, segmenter=factory)


def extract_one(doc: dict[str, Any] | RawPage) -> Outcome:
    """Extract one document (or clean and extract one raw page) in this process, after `prepare`; never raises."""
    from govreport.errors import GovReportError
    from govreport.extract.pipeline import default_vocabulary, extract_document

    if isinstance(doc, RawPage):
        return _clean_and_extract(doc.path)

    part = doc.get("part")
    label = f"{doc.get('source')}#{part}" if part else str(doc.get("source"))
    try:
        vocabulary = _STATE.get("vocabulary")
        rows = extract_document(doc, vocabulary if vocabulary is not None else default_vocabulary(),
                                segmenter=_STATE.get("segmenter"))
    except GovReportError as exc:
        return Outcome(label, error=str(exc))
    except Exception as exc:  # a bug on one document must not cost the rest of the corpus
        return Outcome(label, error=f"extract failed: {type(exc).__name__}: {exc}")
    return Outcome(label, rows)


def _clean_and_extract(path: str) -> Outcome:
    from govreport.clean import CleanFailure, clean_paths

    rows: list[dict[str, Any]] = []
    for item in clean_paths([path]):
        if isinstance(item, CleanFailure):
            return Outcome(path, error=item.message)
        found = extract_one(item)
        if found.error is not None:
            return found
        rows.extend(found.rows)
    return Outcome(path, rows)


def _as_columns(outcome: Outcome) -> Outcome:
    from govreport.io import columns_from_rows
    from govreport.schema import INDICATORS

    if outcome.error is None:
        outcome.columns, outcome.rows = columns_from_rows(outcome.rows, INDICATORS), []
    return outcome


def _work(args: tuple[ExtractOptions, dict[str, Any] | RawPage, bool]) -> Outcome:
    options, doc, as_columns = args
    try:
        prepare(options)
    except Exception as exc:
        label = doc.path if isinstance(doc, RawPage) else str(doc.get("source"))
        return Outcome(label, error=str(exc))
    # the whole document here, long phrases shortened and rows turned into columns too: the main process
    # only writes, so that it does not take a core from the workers (each worker loads the segmenter once,
    # when a phrase first needs it)
    outcome = extract_one(doc)
    return _as_columns(outcome) if as_columns else outcome


def extract_outcomes(docs: Iterable[dict[str, Any] | RawPage], *, jobs: int = 1,
                     options: ExtractOptions | None = None, as_columns: bool = False) -> Iterator[Outcome]:
    """Outcomes in document order; `jobs` > 1 uses that many worker processes.

    `as_columns`: each outcome's rows come as Outcome.columns (one list per column), which is how a table
    is built anyway, and what --jobs workers send back fastest.
    """
    options = options or ExtractOptions()
    prepare(options)  # in this process too: bad option files fail before any work starts
    if jobs <= 1:
        for doc in docs:
            outcome = extract_one(doc)
            yield _as_columns(outcome) if as_columns else outcome
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for doc in docs:
            pending.append(pool.submit(_work, (options, doc, as_columns)))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def extract_documents(documents, *, jobs: int = 1, options: ExtractOptions | None = None, strict: bool = False):
    """The indicators table (polars DataFrame, schema INDICATORS) of a documents table or rows.

    A document that fails is skipped (its reason is lost here: use
    `extract_outcomes` to report it) unless `strict`, which raises InputError.
    """
    from govreport.errors import InputError
    from govreport.io import ColumnBuffer
    from govreport.schema import INDICATORS

    docs = documents.iter_rows(named=True) if hasattr(documents, "iter_rows") else documents
    table = ColumnBuffer(INDICATORS)
    for outcome in extract_outcomes(docs, jobs=jobs, options=options, as_columns=True):
        if outcome.error is not None:
            if strict:
                raise InputError(outcome.error, path=outcome.label)
            continue
        table.add(outcome.figures())
    return table.take()
