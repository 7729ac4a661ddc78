"""Extracting a whole corpus: document by document, in one or more processes.

Documents are independent, so `--jobs N` hands them to N worker processes.
Work is submitted in a bounded window and results come back in document order,
so memory stays flat however large the corpus is. The first document is
extracted in the main process before the workers are forked, so they start
with its warm caches, and documents go to the workers a few at a time.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

WINDOW_PER_JOB = 16  # documents in flight per worker: enough to keep it busy, few enough to stay flat
# Documents per task handed to a worker. Each task costs the main process a pickle, a queue hand-off and
# a future, CPU taken from the workers when there are as many cores as jobs. A task also stops at
# TASK_CHARS characters, so a few long reports are still shared out one by one and the last task ends
# close to the other workers' (40,000 characters take about 30 ms to extract).
DOCS_PER_TASK = 4
TASK_CHARS = 40_000


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
    # with extract_outcomes(as_columns=True): the rows as one list per column (pipeline.extract_columns),
    # built where the document was extracted, and `rows` empty
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


def extract_one(doc: dict[str, Any] | RawPage, as_columns: bool = False) -> Outcome:
    """Extract one document (or clean and extract one raw page) in this process, after `prepare`; never raises.

    `as_columns`: the figures come as Outcome.columns (pipeline.extract_columns), not as rows.
    """
    from govreport.errors import GovReportError
    from govreport.extract.pipeline import default_vocabulary, extract_columns, extract_document

    if isinstance(doc, RawPage):
        return _clean_and_extract(doc.path, as_columns)

    part = doc.get("part")
    label = f"{doc.get('source')}#{part}" if part else str(doc.get("source"))
    try:
        vocabulary = _STATE.get("vocabulary")
        vocabulary = vocabulary if vocabulary is not None else default_vocabulary()
        if as_columns:
            return Outcome(label, columns=extract_columns(doc, vocabulary, segmenter=_STATE.get("segmenter")))
        rows = extract_document(doc, vocabulary, segmenter=_STATE.get("segmenter"))
    except GovReportError as exc:
        return Outcome(label, error=str(exc))
    except Exception as exc:  # a bug on one document must not cost the rest of the corpus
        return Outcome(label, error=f"extract failed: {type(exc).__name__}: {exc}")
    return Outcome(label, rows)


def _clean_and_extract(path: str, as_columns: bool) -> Outcome:
    from govreport.clean import CleanFailure, clean_paths
    from govreport.schema import INDICATORS

    parts: list[Outcome] = []
    for item in clean_paths([path]):
        if isinstance(item, CleanFailure):
            return Outcome(path, error=item.message)
        found = extract_one(item, as_columns)
        if found.error is not None:
            return found
        parts.append(found)
    if not as_columns:
        return Outcome(path, [row for part in parts for row in part.rows])
    if len(parts) == 1:
        return Outcome(path, columns=parts[0].columns)
    # a page holding several documents: their columns one after the other
    return Outcome(path, columns={name: [value for part in parts for value in part.columns[name]]
                                  for name in INDICATORS})


def _work(args: tuple[ExtractOptions, list[dict[str, Any] | RawPage], bool]) -> list[Outcome]:
    options, docs, as_columns = args
    try:
        prepare(options)
    except Exception as exc:
        return [Outcome(doc.path if isinstance(doc, RawPage) else str(doc.get("source")), error=str(exc))
                for doc in docs]
    # the whole document here, long phrases shortened and rows turned into columns too: the main process
    # only writes, so that it does not take a core from the workers
    return [extract_one(doc, as_columns) for doc in docs]


def _size(doc: dict[str, Any] | RawPage) -> int:
    """About how many characters a document holds, to size a worker's task."""
    if isinstance(doc, RawPage):
        try:
            return os.path.getsize(doc.path) // 3  # a Chinese character is 3 bytes in UTF-8 (2 in GBK)
        except OSError:  # the worker reports it
            return 0
    text = doc.get("text")
    return len(text) if isinstance(text, str) else 0


def extract_outcomes(docs: Iterable[dict[str, Any] | RawPage], *, jobs: int = 1,
                     options: ExtractOptions | None = None, as_columns: bool = False) -> Iterator[Outcome]:
    """Outcomes in document order; `jobs` > 1 uses that many worker processes.

    `as_columns`: each outcome's rows come as Outcome.columns (one list per column), which is how a table
    is built anyway, and what --jobs workers send back fastest.
    """
    options = options or ExtractOptions()
    prepare(options)  # in this process too: bad option files fail before any work starts
    docs = iter(docs)
    # The first document is extracted here, before the workers are forked: it loads what every process
    # would otherwise load for itself on its first document (jieba's prefix dictionary, about 0.3 s;
    # clean's tables and patterns, about 0.1 s), and workers forked afterwards (the default start method
    # on Linux up to Python 3.13) inherit it instead of each paying it again: the same wall time on an
    # idle machine, about 0.3-1 s less CPU on the 20 MB benchmark corpus, which shows on a busy one.
    for doc in docs:
        yield extract_one(doc, as_columns)
        break
    if jobs <= 1:
        for doc in docs:
            yield extract_one(doc, as_columns)
        return
    from concurrent.futures import ProcessPoolExecutor

    # created on the first submit (the fork happens then), so a corpus of one document forks nothing
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        window = max(1, jobs * WINDOW_PER_JOB // DOCS_PER_TASK)  # tasks in flight
        task: list[dict[str, Any] | RawPage] = []
        chars = 0
        for doc in docs:
            task.append(doc)
            chars += _size(doc)
            if len(task) < DOCS_PER_TASK and chars < TASK_CHARS:
                continue
            pending.append(pool.submit(_work, (options, task, as_columns)))
            task, chars = [], 0
            if len(pending) >= window:
                yield from pending.popleft().result()
        if task:
            pending.append(pool.submit(_work, (options, task, as_columns)))
        while pending:
            yield from pending.popleft().result()


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
