"""Count free-phrase rows whose name is cut inside a word or whose number is no figure (issue 13, point 6).

    .venv/bin/python benchmarks/name_edges.py DOCS.parquet INDICATORS.parquet [--exclude WORD ...] [--show KIND ...]

DOCS.parquet and INDICATORS.parquet are `govreport clean` and `govreport extract` outputs of the same corpus. Each
phrase row (name_source = phrase) is checked against its document's text with jieba's segmentation of the
words around the name, independently of the rules of extract (a yardstick, not a test):

- start_inside   the name is written as is before its figure and starts inside a word of two or three characters
                 (上文化… of 规模以上文化…), or on a one-character word bound to the one before (包企业… of 服务包企业)
- end_inside     the name ends inside a word of two or three characters that is no predicate after it
                 (…数量压 of 压减67.7%, …违法行 of 违法行为220件)
- gap_inside     the name is not written as is: a head joined to a list item, taken from inside a word of the
                 last item (国家级新平台 of 国家级、部级创新平台)
- policy_count   a count of 条/项/个/套 whose noun is a policy or a plan (10条措施, 民营经济32条”, 5个专项方案)
- slogan         a doubling used as a noun or ending a quoted slogan (作为翻一番的…, 五年翻一番”)
- ge_left        a name ending in 各 (each) before its count
- ci_left        a name ending in 次 left from a unit of visits (检查生产经营单位1523家次 -> …单位次)

The kinds overlap a little with each other's faults (a fragment may be flagged twice); jieba's words are not
always the language's, so a few flags are wrong: --show prints the rows of a kind to judge them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

KINDS = ("start_inside", "end_inside", "gap_inside", "policy_count", "slogan", "ge_left", "ci_left")
_PUNCT = set("，。；、：“”（）()《》 \t\n「」")
_PREDICATE_FIRST = set("比占达为增下上提降居同较是约超突实完")
# what may stand right before a whole name: a lead or scope word, a count and its counting word, a year
_BEFORE_NAME = re.compile(r"(?:全年|年末|年内|其中|力争|确保|预计|累计|先后|全部|全[省市县区州国]|\d年|\d[余多]?[\u4e00-\u9fff])$")
_FREE_SINGLE = set("的为在对将把从向于由被给使让并且又再已均共了是有到至和与及或等")
_POLICY = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)[余多]?(?P<u>[条项个套])[^\d，,。；;、]{0,6}?"
                     r"(?:措施|举措|政策|意见|办法|细则|规定|方案|行动计划)|(?:\d+|[一二三四五六七八九十]+)条”"
                     r"|(?:措施|举措|政策)(?:近|约|超过|超)?(?:\d+|[一二三四五六七八九十百]+)条")
_SLOGAN = re.compile(r"翻了?[一两二三四]?番(?:”|的(?!(?:奋斗|预期|发展)?目标|任务))")


def _bounds(text: str, a: int, b: int, cut) -> tuple[set[int], dict[int, str]]:
    """Word boundaries of text[a:b] (absolute positions) and the word starting at each."""
    out, words, k = set(), {}, a
    for w in cut(text[a:b]):
        out.add(k)
        words[k] = w
        k += len(w)
    out.add(k)
    return out, words


def _crossing(text: str, pos: int, bounds: set[int]) -> int:
    """The length of the word that runs over pos (0 when pos is a boundary)."""
    if pos in bounds:
        return 0
    left = max((b for b in bounds if b < pos), default=pos)
    right = min((b for b in bounds if b > pos), default=pos)
    return right - left


def flags(name: str, unit: str, evidence: str, text: str, s: int, e: int, cut) -> list[str]:
    out = []
    win_s = max(0, s - 60)
    i = text.rfind(name, win_s, e + len(name))
    if i >= 0:
        p, q = i, i + len(name)
        bounds, words = _bounds(text, max(0, p - 10), min(len(text), q + 10), cut)
        if text[p - 1: p] not in _PUNCT and p > 0 and not _BEFORE_NAME.search(text, max(0, p - 4), p):
            n = _crossing(text, p, bounds)
            first = words.get(p, "")
            if 2 <= n <= 3 or len(first) == 1 and first not in _FREE_SINGLE and "\u4e00" <= first <= "\u9fff" \
                    and len(words.get(p + 1, "")) >= 2 and text[p - 1] not in _FREE_SINGLE:
                out.append("start_inside")
        if q < len(text) and text[q] not in _PUNCT and not text[q].isdigit() and text[q] not in _PREDICATE_FIRST:
            if 2 <= _crossing(text, q, bounds) <= 3:
                out.append("end_inside")
    elif "、" in text[win_s:e]:
        for k in range(len(name) - 2, 1, -1):  # the longest head of the name written before a 、
            head, tail = name[:k], name[k:]
            j = text.find(head + "、", win_s, e)
            t = text.find(tail, j + k, e + len(tail)) if j >= 0 else -1
            if j >= 0 and t >= 0:
                bounds, _ = _bounds(text, max(0, t - 8), min(len(text), t + len(tail)), cut)
                if t not in bounds:
                    out.append("gap_inside")
                break
    if unit in ("条", "项", "个", "套") and _POLICY.search(text, max(0, s - 12), min(len(text), e + 8)):
        out.append("policy_count")
    if unit == "倍" and _SLOGAN.search(text, s, min(len(text), e + 4)):
        out.append("slogan")
    if name.endswith("各"):
        out.append("ge_left")
    if name.endswith("次") and text[e: e + 1] == "次" or name.endswith("次") and unit in ("家", "户", "艘", "台", "项"):
        out.append("ci_left")
    return out


def main(argv: list[str] | None = None) -> int:
    import jieba
    import polars as pl

    jieba.setLogLevel(60)
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("docs", type=Path)
    p.add_argument("indicators", type=Path)
    p.add_argument("--exclude", action="append", default=[])
    p.add_argument("--show", action="append", default=[], choices=KINDS)
    a = p.parse_args(argv)

    texts = dict(pl.read_parquet(a.docs).select("doc_id", "text").iter_rows())
    rows = pl.read_parquet(a.indicators).filter(pl.col("name_source") == "phrase")
    for word in a.exclude:
        rows = rows.filter(~pl.col("source").str.split("/").list.last().str.starts_with(word))
    cut = lambda t: jieba.lcut(t, HMM=False)  # noqa: E731
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for r in rows.iter_rows(named=True):
        for kind in flags(r["indicator"], r["unit"] or "", r["evidence"], texts[r["doc_id"]], r["start"], r["end"], cut):
            counts[kind] += 1
            if kind in a.show:
                shown[kind].append(f"  {r['source'].split('/')[-1]} | {r['indicator']} | {r['value']} {r['unit']} | "
                                   f"{r['evidence'][:60]}")
    print(f"{rows.height} phrase rows of {rows['source'].n_unique()} documents")
    for kind in KINDS:
        print(f"{kind:14} {counts[kind]}")
    for kind in a.show:
        print(f"== {kind}", *shown[kind], sep="\n", file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
