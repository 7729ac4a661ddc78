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
jieba's prefix dictionary takes about 0.3 s, pkuseg's model a fraction.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
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
        jieba = _import_jieba()
        _quiet_jieba()
        self.tokenizer = jieba.Tokenizer()
        _load_prefix_dictionary(self.tokenizer)
        # longest first: a name and the longer names containing it all get a frequency
        # that lets jieba's DAG keep them whole (add_word suggests one when none is given)
        for word in sorted(user_words, key=lambda w: (-len(w), w)):
            self.tokenizer.add_word(word)
        self.user_words = frozenset(user_words)

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)


def _load_prefix_dictionary(tokenizer) -> None:
    """jieba's prefix dictionary from jieba's own cache file, else as jieba builds it.

    jieba's `initialize` unmarshals its 9 MB cache straight from the file, a
    read per object, which takes about 0.6 s; reading the bytes first and
    unmarshalling them in memory takes about 0.2 s. Same file, same trust as
    jieba's (the default dictionary's cache is used as it is); a custom
    dictionary, a missing or unreadable cache goes through jieba itself,
    which also writes the cache for next time.
    """
    import marshal
    import os
    import tempfile

    if tokenizer.dictionary is None and tokenizer.cache_file is None:
        cache = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache")
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
