"""Count the free-phrase rows whose name is a bare aspect word or a bare part of a list (issue 13, point 6).

    python benchmarks/bare_names.py DOCS.parquet FIGURES.parquet [--list]

DOCS and FIGURES are the outputs of `govreport clean` and `govreport extract` of one corpus. A heuristic, the
same before and after a change (it over-counts: 参保在职职工 after 其中 is flagged though it reads well):

- aspect   the name is an aspect word alone (参保率, 从业人员, 销售收入, 总里程), with at most a lead word (实现, 年, 总)
- fenbie   a list item before 、/和 whose shared aspect comes later, before 分别 (制造业、…贷款余额分别增长)
- qizhong  a part after 其中 without the aspect of the figure it splits (学前 of 在校生)
- lead     an item of a breakdown (分行业看，/ 限额以上单位商品零售额中，) without an aspect of its own
"""

from __future__ import annotations

import re
import sys

import polars as pl

from govreport.extract.names.grammar import load_grammar
from govreport.extract.names.phrases import breakdown_lead

ASPECT = set(("增加值 产值 总产值 零售额 销售额 营业收入 营业额 利润 利润总额 投资 总投资 投入 投入资金 产量 总产量 面积 价格 增速 余额 "
              "用电量 出口额 进口额 交易额 总数 总量 规模 总规模 产能 保费收入 资产总额 负债总额 资金规模 从业人员 就业人员 职工人数 销售收入 "
              "收入 增收 人均增收 户均增收 人均收入 资金 人数 在校生 在校学生 招生 毕业生 赔付支出 支出 总里程 里程 保有量 总花费 容量 "
              "装机容量").split())
ASPECTS = tuple(sorted(ASPECT, key=len, reverse=True))
RATE = re.compile(r"^(?:总|年|人均|平均|抽样|综合|年均)?[\u4e00-\u9fff]{1,2}(?:率|比|比例|比重)$")
LEADS = ("实现", "完成", "达到", "直接", "累计", "带动", "年", "总", "全年", "人均", "户均", "共")
MEASURE_END = tuple("率额值量数价费入出口比重例") + ("人员", "在校生", "学生", "面积")
GENERAL = ("总量", "总数", "规模")


def bare_aspect(name: str) -> bool:
    s = name
    for _ in range(3):
        for lead in LEADS:
            if s.startswith(lead) and len(s) > len(lead) + 1 and s[len(lead):] in ASPECT:
                s = s[len(lead):]
    return s in ASPECT or bool(RATE.match(name))


def aspect_of(name: str) -> str:
    return next((a for a in ASPECTS if name.endswith(a) and len(name) > len(a)), "") or (name if name in ASPECT else "")


def flags(docs: pl.DataFrame, figures: pl.DataFrame) -> dict[str, list[dict]]:
    texts = dict(zip(docs["doc_id"], docs["text"]))
    grammar_aspects = load_grammar().words("aspect")
    out: dict[str, list[dict]] = {"aspect": [], "fenbie": [], "qizhong": [], "lead": []}
    prev = None
    for r in figures.sort(["doc_id", "start"]).to_dicts():
        if r["name_source"] != "phrase":
            prev = r
            continue
        t, name = texts[r["doc_id"]], r["indicator"]
        s0 = max(t.rfind(c, 0, r["start"]) for c in "。\n") + 1
        sentence = t[s0: r["start"]]
        plain = not name.endswith(MEASURE_END) and not aspect_of(name)
        if bare_aspect(name):
            out["aspect"].append(r)
        else:
            k = r["evidence"].find(name)
            after = t[r["start"] + k + len(name): r["end"] + 40] if k >= 0 else ""
            if re.match(r"[、和及与][^，,。；\d]{1,24}?分别", after) and not name.endswith(ASPECTS) \
                    and not name.endswith(MEASURE_END):
                out["fenbie"].append(r)
            elif "其中" in sentence and prev is not None and prev["doc_id"] == r["doc_id"]:
                total = prev if prev["start"] < s0 + sentence.rfind("其中") else None
                aspect = aspect_of(total["indicator"]) if total else ""
                if aspect and aspect not in GENERAL and not name.endswith(aspect) and plain:
                    out["qizhong"].append(r)
            elif breakdown_lead(t, s0, r["start"], grammar_aspects) is not None \
                    and r["measure"] in ("growth", "level") and plain and len(name) <= 18:
                out["lead"].append(r)
        prev = r
    return out


def main(argv: list[str]) -> None:
    docs, figures = pl.read_parquet(argv[0]), pl.read_parquet(argv[1])
    found = flags(docs, figures)
    print("phrase rows", int((figures["name_source"] == "phrase").sum()))
    for kind, rows in found.items():
        print(kind, len(rows))
    if "--list" in argv:
        for kind, rows in found.items():
            for r in rows:
                print(kind, r["source"], r["indicator"], r["value"], r["unit"], "|", r["evidence"][:60], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
