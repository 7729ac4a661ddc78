"""Word segmentation backends for extract: jieba (default) or a pkuseg model the user supplies.

    seg = get_segmenter("jieba", user_words=["地区生产总值", "规上工业增加值"])
    seg.cut("全区地区生产总值完成582.4亿元")   # ['全区', '地区生产总值', '完成', '582.4', '亿元']

Both backends return every character of the input, whitespace included, so
"".join(seg.cut(text)) == text and token offsets add up to character
offsets in the cleaned text that rows cite.

- jieba: a private `jieba.Tokenizer` per vocabulary, so the indicator
  names never leak into (or depend on) the global `jieba.dt` another
  library may use. jieba's "Building prefix dict ..." chatter goes to the
  `govreport.extract.segment` logger instead of stderr.
- pkuseg: `spacy_pkuseg` (the maintained fork of pkuseg) with a model
  folder given by the user (`--pkuseg-model PATH`). No model ships with the
  package and nothing is downloaded: spacy_pkuseg takes an unknown name for
  a model to fetch from the internet, so the path is checked first.

Segmenters are cached per (backend, model, words) in the process: loading
jieba's prefix dictionary takes about 0.3 s (a few ms once its prefix index is
written, see `PrefixBuckets`), pkuseg's model a fraction.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Iterable, Protocol

from govreport.errors import UsageError

LOGGER = logging.getLogger(__name__)
BACKENDS = ("jieba", "pkuseg")
# What a trained spacy_pkuseg model folder holds (spacy_pkuseg/model.py, feature_extractor.pyx:
# weights.npz or the older model.txt; features.msgpack, or the older features.pkl / features.json).
PKUSEG_WEIGHTS = ("weights.npz", "model.txt")
PKUSEG_FEATURES = ("features.msgpack", "features.pkl", "features.json")

_CACHE: dict[tuple[str, str | None, frozenset[str]], "Segmenter"] = {}
_LOCK = threading.Lock()


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...


def get_segmenter(backend: str = "jieba", model_path: str | Path | None = None,
                  user_words: Iterable[str] = ()) -> Segmenter:
    """A segmenter that keeps each of `user_words` (indicator names and synonyms) in one piece.

    Raises UsageError for an unknown backend, or for pkuseg without a usable model folder.
    """
    backend = (backend or "jieba").strip().lower()
    if backend not in BACKENDS:
        raise UsageError(f"unknown segmenter {backend!r}; choose one of {', '.join(BACKENDS)}")
    words = frozenset(w.strip() for w in user_words if w and w.strip())
    model = None
    if backend == "pkuseg":
        model = str(_check_pkuseg_model(model_path))
    elif model_path is not None:
        raise UsageError("a model path is only used by the pkuseg segmenter", hint="drop --pkuseg-model or add --segmenter pkuseg")
    key = (backend, model, words)
    with _LOCK:
        seg = _CACHE.get(key)
        if seg is None:
            seg = JiebaSegmenter(words) if backend == "jieba" else PkusegSegmenter(model, words)
            _CACHE[key] = seg
    return seg


def jieba_in_use() -> "JiebaSegmenter":
    """A jieba segmenter already made in this process (extract's, with the vocabulary's words), else a plain one:
    a second tokenizer would load jieba's dictionary a second time."""
    seg = next((s for s in _CACHE.values() if isinstance(s, JiebaSegmenter)), None)
    return seg if seg is not None else get_segmenter("jieba")


# ------------------------------------------------------------------ jieba


class _ToOurLogger(logging.Handler):
    """Re-emit jieba's records on our logger, so they obey the application's logging set-up."""

    def emit(self, record: logging.LogRecord) -> None:
        LOGGER.log(record.levelno, "jieba: %s", record.getMessage())


def _import_jieba():
    """jieba, imported without pkg_resources.

    jieba's `_compat` imports pkg_resources (when setuptools is installed) only to open its own data
    files, and that import alone takes about 90 ms of every run; told it is missing, jieba opens the
    same files by path.
    """
    import importlib

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return importlib.import_module("jieba")
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        return importlib.import_module("jieba")
    finally:
        if sys.modules.get("pkg_resources", ...) is None:
            del sys.modules["pkg_resources"]


def _quiet_jieba() -> None:
    jieba = _import_jieba()

    jieba_logger = jieba.default_logger  # created at import with a StreamHandler on stderr
    if not any(isinstance(h, _ToOurLogger) for h in jieba_logger.handlers):
        for handler in list(jieba_logger.handlers):
            jieba_logger.removeHandler(handler)
        jieba_logger.addHandler(_ToOurLogger())
        jieba_logger.propagate = False


class JiebaSegmenter:
    name = "jieba"

    def __init__(self, user_words: Iterable[str] = ()):
        _quiet_jieba()
        self.tokenizer = new_tokenizer()
        _load_prefix_dictionary(self.tokenizer)
        # longest first: a name and the longer names containing it all get a frequency
        # that lets jieba's DAG keep them whole (add_word suggests one when none is given)
        for word in sorted(user_words, key=lambda w: (-len(w), w)):
            self.tokenizer.add_word(word)
        self.user_words = frozenset(user_words)
        self._run = _import_jieba().re_han_default  # what jieba cuts as one block (cut_last)

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)

    def cut_last(self, text: str, at_least: int) -> list[str]:
        """The tokens a cut of `text` ends with, covering at least its last `at_least` characters (all of
        them when it is shorter): jieba cuts each run of its word characters (re_han_default: Han
        characters, letters, digits) on its own and gives every other character as a token (\\r\\n as one),
        so the text from the start of the run holding the first character needed is cut alone, with the
        same tokens. (shorten keeps the last words of a long phrase: the runs before them need no cut.)"""
        start = len(text) - at_least
        if start <= 0:
            return self.tokenizer.lcut(text)
        run = self._run
        if run.match(text, start):
            while start and run.match(text, start - 1):
                start -= 1
        elif text[start] == "\n" and text[start - 1] == "\r":
            start -= 1
        return self.tokenizer.lcut(text[start:])


@lru_cache(maxsize=1)
def _prefix_tokenizer_class() -> type:
    """jieba.Tokenizer that fills its prefix dictionary's groups (`PrefixBuckets.fill`) for the characters
    of a text before cutting it, and of a word before adding it: every key jieba reads or writes while
    cutting a text or adding a word is a substring of it. (jieba is imported only when one is made.)"""
    jieba = _import_jieba()

    class PrefixTokenizer(jieba.Tokenizer):
        def cut(self, sentence, *args, **kwargs):
            if type(self.FREQ) is PrefixBuckets:
                self.FREQ.fill(sentence)
            return super().cut(sentence, *args, **kwargs)

        def add_word(self, word, *args, **kwargs):
            if type(self.FREQ) is PrefixBuckets:
                self.FREQ.fill(word)  # else filling its group later would undo it
            return super().add_word(word, *args, **kwargs)

        # jieba's get_DAG and calc, written without a generator per character and with the dictionary's lookups
        # bound once: the same DAG and route (tests/extract/test_segment.py compares them with jieba's own), for
        # about a seventh less of extract's jieba time (the ~20 long phrases of a document that shorten cuts)
        def get_DAG(self, sentence):
            self.check_initialized()
            get = self.FREQ.get
            dag = {}
            n = len(sentence)
            for k in range(n):
                ends = []
                i = k
                freq = get(sentence[k])
                while freq is not None:  # (the fragment is a word or a word's prefix: a key)
                    if freq:
                        ends.append(i)
                    i += 1
                    if i >= n:
                        break
                    freq = get(sentence[k:i + 1])
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence, DAG, route):
            n = len(sentence)
            route[n] = (0, 0)
            logtotal = log(self.total)
            get = self.FREQ.get
            for idx in range(n - 1, -1, -1):
                best = None
                for x in DAG[idx]:  # (max() of the same tuples: the first of the largest)
                    candidate = (log(get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                    if best is None or candidate > best:
                        best = candidate
                route[idx] = best

    return PrefixTokenizer


def new_tokenizer():
    """A private jieba tokenizer that can read jieba's dictionary lazily (`_load_prefix_dictionary`)."""
    return _prefix_tokenizer_class()()


def _load_prefix_dictionary(tokenizer) -> None:
    """jieba's default prefix dictionary, one first character at a time; a custom one as jieba loads it.

    Extract cuts a few dozen long phrases per document and touches a few
    hundred of the dictionary's first characters, while reading all 580,000
    entries takes about 0.25 s, serial time at the start of every run and
    of every `--jobs` batch. So the entries are kept grouped by first
    character in a prefix index beside jieba's own cache, and a group is
    unmarshalled when a lookup first needs it (`PrefixBuckets`). The index
    is written once, from jieba's dictionary, and rebuilt when jieba or its
    dictionary file changes; where it cannot be written, the whole
    dictionary is read every time, as before.
    """
    import os
    import tempfile

    if tokenizer.dictionary is not None or tokenizer.cache_file is not None:
        tokenizer.initialize()
        return
    folder = tokenizer.tmp_dir or tempfile.gettempdir()
    source = _default_dictionary_stamp()
    index_path = os.path.join(folder, PrefixBuckets.file_name(source))
    # only a tokenizer that fills the groups before jieba reads them (new_tokenizer) can start empty
    found = PrefixBuckets.read(index_path, source) if isinstance(tokenizer, _prefix_tokenizer_class()) else None
    if found is None:
        _load_whole_prefix_dictionary(tokenizer, folder)
        PrefixBuckets.write(index_path, source, tokenizer.FREQ, tokenizer.total)
        return
    tokenizer.FREQ, tokenizer.total = found
    tokenizer.initialized = True


def _default_dictionary_stamp() -> tuple:
    """What the prefix index was built from: jieba's version and dictionary file, and the marshal format."""
    import os

    jieba = _import_jieba()
    path = os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), "dict.txt")
    try:
        stat = os.stat(path)
        where = (path, stat.st_size, stat.st_mtime_ns)
    except OSError:
        where = (path, -1, -1)
    return (PrefixBuckets.FORMAT, getattr(jieba, "__version__", "?"), sys.version_info[:2], *where)


def _load_whole_prefix_dictionary(tokenizer, folder: str) -> None:
    """jieba's prefix dictionary from jieba's own cache file, else as jieba builds it.

    jieba's `initialize` unmarshals its 9 MB cache straight from the file, a
    read per object, which takes about 0.6 s; reading the bytes first and
    unmarshalling them in memory takes about 0.2 s. Same file, same trust as
    jieba's; a missing or unreadable cache goes through jieba itself, which
    also writes the cache for next time.
    """
    import marshal
    import os

    cache = os.path.join(folder, "jieba.cache")
    try:
        with open(cache, "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except Exception:  # missing, half-written or from another Python: jieba rebuilds it
        pass
    else:
        if isinstance(freq, dict) and freq and total:
            tokenizer.FREQ, tokenizer.total = freq, total
            tokenizer.initialized = True
            return
    tokenizer.initialize()


class PrefixBuckets(dict):
    """jieba's prefix dictionary (word or word prefix -> frequency), filled one first character at a time.

    A plain dict to jieba, which reads it at C speed (a dict overriding `in`
    and `.get` to fill itself cost every lookup a Python call, 3 % of
    extract); `fill(text)`, which the tokenizer calls before it cuts a text
    or adds a word (`_prefix_tokenizer_class`), adds the groups of the
    text's characters first. File layout: MAGIC, the header's length (8
    bytes, little-endian), the marshalled header (source stamp, total,
    {first character: (start, end)}), then one marshalled dict per first
    character.
    """

    FORMAT = 1
    MAGIC = b"GRJIEBA1"

    def __init__(self, blob, spans: dict[str, tuple[int, int]]):
        super().__init__()
        self._blob = blob
        self._spans = spans  # first characters not yet filled
        self._lock = threading.Lock()

    def fill(self, text: str) -> None:
        """Add the groups of the characters of `text` not added yet."""
        if self._spans.keys().isdisjoint(text):  # most texts: every group there already
            return
        import marshal

        with self._lock:  # a group is in the dict before its character leaves _spans: no thread sees a gap
            for first in set(text):
                span = self._spans.get(first)
                if span is not None:
                    self.update(marshal.loads(self._blob[span[0]:span[1]]))
                    del self._spans[first]

    @staticmethod
    def file_name(source: tuple) -> str:
        import zlib

        return f"govreport-jieba-{zlib.crc32(repr(source).encode()):08x}.prefix"

    @classmethod
    def read(cls, path: str, source: tuple) -> tuple["PrefixBuckets", int] | None:
        """(buckets, total) from the index at `path`, or None when it is missing, damaged or for another source."""
        import marshal
        import mmap

        try:
            with open(path, "rb") as fh:
                # mapped, not read: a run touches a few hundred groups of the 9 MB. The file is only ever
                # replaced whole (write: os.replace), never rewritten in place, so the mapping stays valid.
                blob = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            if not blob[:len(cls.MAGIC)] == cls.MAGIC:
                return None
            at = len(cls.MAGIC)
            length = int.from_bytes(blob[at:at + 8], "little")
            stamp, total, spans = marshal.loads(blob[at + 8:at + 8 + length])
            body = at + 8 + length
            if stamp != source or not spans or not total or max(end for _, end in spans.values()) + body != len(blob):
                return None
        except Exception:  # unreadable, truncated or from another Python: rebuilt
            return None
        return cls(blob, {first: (body + start, body + end) for first, (start, end) in spans.items()}), total

    @classmethod
    def write(cls, path: str, source: tuple, freq: dict[str, int], total: int) -> None:
        """Write the index for `freq` (best effort: a folder that cannot be written only costs speed)."""
        import marshal
        import os

        groups: dict[str, dict[str, int]] = {}
        for word, count in freq.items():
            if word:
                groups.setdefault(word[0], {})[word] = count
        spans: dict[str, tuple[int, int]] = {}
        parts: list[bytes] = []
        at = 0
        for first, group in groups.items():
            data = marshal.dumps(group)
            spans[first] = (at, at + len(data))
            parts.append(data)
            at += len(data)
        header = marshal.dumps((source, total, spans))
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            with open(temporary, "wb") as fh:
                fh.write(cls.MAGIC + len(header).to_bytes(8, "little") + header)
                fh.writelines(parts)
            os.replace(temporary, path)  # whole or not at all, also when two processes write at once
        except OSError as exc:
            LOGGER.debug("jieba prefix index not written to %s: %s", path, exc)
            try:
                os.unlink(temporary)
            except OSError:
                pass


# ------------------------------------------------------------------ pkuseg


def _check_pkuseg_model(model_path: str | Path | None) -> Path:
    if model_path is None or not str(model_path).strip():
        raise UsageError("the pkuseg segmenter needs a model folder",
                         hint="give --pkuseg-model PATH (a model trained with spacy_pkuseg.train); none is downloaded")
    path = Path(model_path).expanduser()
    if not path.exists():
        raise UsageError("no such pkuseg model folder", path=str(model_path),
                         hint="models are never downloaded; give the folder of a trained spacy_pkuseg model")
    if not path.is_dir():
        raise UsageError("a pkuseg model is a folder, not a file", path=str(model_path))
    names = {p.name for p in path.iterdir()}
    if not (names & set(PKUSEG_WEIGHTS)) or not (names & set(PKUSEG_FEATURES)):
        raise UsageError("not a pkuseg model folder (needs weights.npz and features.msgpack)", path=str(model_path))
    # absolute, so a folder named like a downloadable model ("web", "news") is never taken for one
    return path.resolve()


class PkusegSegmenter:
    name = "pkuseg"
    _RUNS = re.compile(r"\s+|\S+")

    def __init__(self, model_path: str, user_words: Iterable[str] = ()):
        try:
            import spacy_pkuseg
        except ImportError:
            raise UsageError("the pkuseg segmenter needs the spacy-pkuseg package",
                             hint="pip install 'govreport[pkuseg]'") from None
        self.model_path = model_path
        self.user_words = frozenset(user_words)
        try:
            # a list as user_dict: words kept whole by pkuseg's own pre-processor (no file needed)
            self._seg = spacy_pkuseg.pkuseg(model_name=model_path, user_dict=sorted(self.user_words))
        except Exception as exc:  # a damaged model raises whatever numpy / msgpack raise
            raise UsageError(f"cannot load the pkuseg model: {type(exc).__name__}: {exc}"[:200], path=model_path) from None

    def cut(self, text: str) -> list[str]:
        # pkuseg drops whitespace; keep it as tokens so offsets stay those of the text
        out: list[str] = []
        for run in self._RUNS.findall(text):
            if run[0].isspace():
                out.append(run)
            else:
                out.extend(self._seg.cut(run))
        return out
