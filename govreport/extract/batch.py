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
    # from a --jobs worker: each document's rows before pipeline.finish_rows, which the main process applies
    unfinished: list[list[dict[str, Any]]] | None = None


@dataclass(frozen=True)
class RawPage:
    """A raw file to clean and extract in the worker, so --jobs spreads cleaning too."""

    path: str


_STATE: dict[str, Any] = {}


def prepare(options: ExtractOptions, *, segmenter: bool = True) -> None:
    """Load the vocabulary (and check the segmenter) once per process; raises UsageError for bad files.

    A --jobs worker passes segmenter=False: the main process shortens long phrases (Outcome.unfinished).
    """
    if _STATE.get("options") == (options, segmenter):
        return
    from govreport.extract.pipeline import default_vocabulary
    from govreport.extract.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(options.indicator_files) if options.indicator_files else default_vocabulary()
    factory: Any = None
    if segmenter and options.segmenter != "none":
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

    _STATE.update(options=(options, segmenter), vocabulary=vocabulary, segmenter=factory)


def extract_one(doc: dict[str, Any] | RawPage) -> Outcome:
    """Extract one document (or clean and extract one raw page) in this process, after `prepare`; never raises."""
    return _finish(_extract(doc))


def _extract(doc: dict[str, Any] | RawPage) -> Outcome:
    """The rows of each document, not yet finished (see Outcome.unfinished); never raises."""
    from govreport.errors import GovReportError
    from govreport.extract.pipeline import DocumentExtractor, default_vocabulary

    if isinstance(doc, RawPage):
        return _clean_and_extract(doc.path)

    part = doc.get("part")
    label = f"{doc.get('source')}#{part}" if part else str(doc.get("source"))
    try:
        vocabulary = _STATE.get("vocabulary")
        rows = DocumentExtractor(doc, vocabulary if vocabulary is not None else default_vocabulary()).run()
    except GovReportError as exc:
        return Outcome(label, error=str(exc))
    except Exception as exc:  # a bug on one document must not cost the rest of the corpus
        return Outcome(label, error=f"extract failed: {type(exc).__name__}: {exc}")
    return Outcome(label, unfinished=[rows])


def _clean_and_extract(path: str) -> Outcome:
    from govreport.clean import CleanFailure, clean_paths

    groups: list[list[dict[str, Any]]] = []
    for item in clean_paths([path]):
        if isinstance(item, CleanFailure):
            return Outcome(path, error=item.message)
        found = _extract(item)
        if found.error is not None:
            return found
        groups.extend(found.unfinished or ())
    return Outcome(path, unfinished=groups)


def _finish(outcome: Outcome) -> Outcome:
    """Long subject phrases shortened with the segmenter, repeats dropped (pipeline.finish_rows), per document."""
    if outcome.unfinished is not None:
        from govreport.extract.pipeline import finish_rows

        segmenter = _STATE.get("segmenter")
        outcome.rows = [row for rows in outcome.unfinished for row in finish_rows(rows, segmenter)]
        outcome.unfinished = None
    return outcome


def _work(args: tuple[ExtractOptions, dict[str, Any] | RawPage]) -> Outcome:
    options, doc = args
    try:
        prepare(options, segmenter=False)
    except Exception as exc:
        label = doc.path if isinstance(doc, RawPage) else str(doc.get("source"))
        return Outcome(label, error=str(exc))
    return _extract(doc)  # finished in the main process: workers never load the segmenter


def extract_outcomes(docs: Iterable[dict[str, Any] | RawPage], *, jobs: int = 1,
                     options: ExtractOptions | None = None) -> Iterator[Outcome]:
    """Outcomes in document order; `jobs` > 1 uses that many worker processes."""
    options = options or ExtractOptions()
    prepare(options)  # in this process too: bad option files fail before any work starts
    if jobs <= 1:
        for doc in docs:
            yield extract_one(doc)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for doc in docs:
            pending.append(pool.submit(_work, (options, doc)))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield _finish(pending.popleft().result())
        while pending:
            yield _finish(pending.popleft().result())


def extract_documents(documents, *, jobs: int = 1, options: ExtractOptions | None = None, strict: bool = False):
    """The indicators table (polars DataFrame, schema INDICATORS) of a documents table or rows.

    A document that fails is skipped (its reason is lost here: use
    `extract_outcomes` to report it) unless `strict`, which raises InputError.
    """
    from govreport.errors import InputError
    from govreport.io import frame_from_rows
    from govreport.schema import INDICATORS

    docs = documents.iter_rows(named=True) if hasattr(documents, "iter_rows") else documents
    rows: list[dict[str, Any]] = []
    for outcome in extract_outcomes(docs, jobs=jobs, options=options):
        if outcome.error is not None:
            if strict:
                raise InputError(outcome.error, path=outcome.label)
            continue
        rows.extend(outcome.rows)
    return frame_from_rows(rows, INDICATORS)
