"""Numbers as Chinese reports write them: Arabic and Chinese numerals, 万/亿 magnitudes, ranges, units.

    find_quantities("地区生产总值完成582.4亿元,增长5.2%")  # two Quantity: 582.4 亿元, 5.2 %
    parse_chinese_numeral("一千二百")                          # 1200
    parse_number("1,234.5")                                    # Decimal('1234.5')

Only a number followed by a unit from govreport/data/units.csv is a quantity, so
years (2023年), dates (9月27日), document numbers (〔2023〕22号), list numbers
(1.), hotlines (12345) and plan names (十四五) never are. Numbers glued to Latin
letters or signs (PM2.5, T4, 5G, 6+3+X), quoted names ("755"现代产业体系) and
ordinals (第一, 第十四届) are skipped too; rankings are read by rankings.py. A magnitude
with no digit is a figure only after a verb of reaching (突破万亿元 -> 1 万亿元, 稳定在百亿元以上
-> 100 亿元), and money milestones may leave out 元 (迈上4万亿、5万亿两个台阶).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from govreport.extract import lexicon

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_LARGE = {"万": 10_000, "亿": 100_000_000}
_DIGIT_CHARS = frozenset(CN_DIGITS)
_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL) | frozenset(CN_LARGE)
MAGNITUDES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
              "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000)}

ARABIC = r"\d+(?:[,，]\d{3})*(?:[.．]\d+)?"
_CN_CLASS = "零〇一二两三四五六七八九十百千万亿"
CHINESE = rf"[{_CN_CLASS}]+"
# a Chinese numeral must hold a digit or 十: 千家万户 and 万人助万企 are idioms, not figures
_CN_NEEDS = set("零〇一二两三四五六七八九十")
_RANGE_SEP = r"[—–\-~～－至到]{1,2}"

_BEFORE_BAD = set("0123456789.．+＋#№/\\")
_OPEN_QUOTES = set("“\"「『‘'")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                   "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")
# what may not stand just before a figure: a digit or sign (part of a longer token), a Latin letter (PM2.5),
# an opening quote (a quoted name: "755"现代产业体系) or 第 (an ordinal)
_BAD_BEFORE = frozenset(_BEFORE_BAD | _LATIN | _OPEN_QUOTES | {"第"})
_BAD_AFTER = frozenset(_LATIN | {"+", "＋"})  # 5G, 6+3+X
_ROAD_CLASSES = ("国道", "省道", "县道", "乡道")  # (省道227, 国道107: the number names the road)
_ORDINAL_BEFORE = re.compile(r"第[\d一二三四五六七八九十两]{1,3}个$")  # 第二个十万亩: an ordinal of things named by a number


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to create, and there is one per number
class Quantity:
    """One number with its unit, as found in the text (`start:end` covers number, magnitude and unit)."""

    start: int
    end: int
    value: float
    value_hi: float | None
    unit: str  # normalised (units.csv `normal`), magnitude included when the guide keeps it (亿元, 万人)
    family: str  # money / percent / points / multiple / count / ...
    approx: str | None  # 'ge' for 余/多 written inside the quantity (1.2万余人)
    chinese: bool  # written in Chinese numerals
    text: str

    @property
    def base_unit(self) -> str:
        return strip_magnitude(self.unit)


def strip_magnitude(unit: str) -> str:
    """亿元 -> 元, 万亿元 -> 元, 万人 -> 人 (the unit families indicators.csv lists)."""
    if not unit.startswith(("万", "亿")):  # most units (%, 元, 个百分点) have no magnitude to strip
        return unit
    for mag in ("万亿", "亿", "万"):
        if unit.startswith(mag) and len(unit) > len(mag):
            return unit[len(mag):]
    return unit


# ------------------------------------------------------------------ numerals


def parse_number(text: str) -> Decimal | None:
    """An Arabic number ('1,234.5', '１２', '3．5') or a Chinese numeral ('一千二百', '二〇三五') as a Decimal."""
    text = (text or "").strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return Decimal(_plain_digits(text))
        except InvalidOperation:
            return None
    value = parse_chinese_numeral(text)
    return None if value is None else Decimal(value)


def _plain_digits(num: str) -> str:
    """An Arabic number as Python reads it: no thousands separators, an ASCII point, no space (36.5 9亿元)."""
    return num.replace(",", "").replace("，", "").replace("．", ".").replace(" ", "")


def parse_chinese_numeral(text: str) -> int | None:
    """一千二百 -> 1200, 两万三千 -> 23000, 十五 -> 15, 二〇三五 -> 2035; None when it is not a well-formed numeral."""
    if not text or not _NUMERAL_CHARS.issuperset(text):
        return None
    if _DIGIT_CHARS.issuperset(text):  # digit by digit: 二〇三五 (a year), or one digit
        if len(text) > 1 and "两" in text:
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0  # the part at or above 亿
    wan = 0  # the 万 group below it
    section = 0  # below 万
    number: int | None = None  # a digit waiting for its unit
    last_small = 10_000  # small units must fall within a group: 一千二百, not 一百二千
    last_large = 10**12
    prev = ""
    for ch in text:
        if ch in CN_DIGITS:
            if number is not None and number != 0 and CN_DIGITS[ch] != 0:
                return None  # 二二百
            number = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            unit = CN_SMALL[ch]
            if unit >= last_small:
                return None
            if number is None:
                if ch != "十":
                    return None  # 百五 is not a numeral
                number = 1  # 十五, 二百一十 is written 一十 but read either way
            elif number == 0:
                return None
            section += number * unit
            number, last_small = None, unit
        else:
            unit = CN_LARGE[ch]
            group = section + (number or 0)
            if unit == 100_000_000 and last_large == 10_000 and total == 0:
                # 一万亿, 三万二千亿: 亿 after 万 makes the group of 万亿 (10**12), below which 亿 may follow
                total = (wan + group) * 100_000_000
                section, number, last_small, last_large, wan = 0, None, 10_000, 10**12, 0
                prev = ch
                continue
            if unit >= last_large:
                return None
            if unit == 10_000:
                if group == 0:
                    return None
                wan = group * 10_000
            else:
                if group + wan == 0:
                    return None
                total += (group + wan) * 100_000_000
                wan = 0
            section, number, last_small, last_large = 0, None, 10_000, unit
        prev = ch
    tail = number or 0
    if number and prev in CN_DIGITS and len(text) >= 2 and text[-2] in CN_SMALL and text[-2] != "十":
        tail = number * CN_SMALL[text[-2]] // 10  # 一千二 = 1200 (spoken style)
    elif number and len(text) >= 2 and text[-2] in CN_LARGE and not section:
        tail = number * CN_LARGE[text[-2]] // 10  # 三万五 = 35000
    return total + wan + section + tail


def to_chinese_numeral(n: int) -> str:
    """Render a non-negative integer the way reports write it (1200 -> 一千二百, 10 -> 十, 20001 -> 二万零一)."""
    if n < 0:
        raise ValueError("negative numbers have no Chinese numeral here")
    if n == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def below_10k(x: int, leading: bool) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit
            x %= unit
            if d:
                if zero:
                    out += "零"
                    zero = False
                if unit == 10 and d == 1 and leading and not out:
                    out += "十"
                else:
                    out += digits[d] + name
            elif out:
                zero = True
        return out

    parts: list[str] = []
    groups = []
    while n:
        groups.append(n % 10_000)
        n //= 10_000
    names = ["", "万", "亿", "万亿"]
    if len(groups) > 4:
        raise ValueError("too large")
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(parts)
            continue
        text = below_10k(g, leading=not parts)
        if parts and (need_zero or g < 1000):
            text = "零" + text
        need_zero = False
        parts.append(text + names[i])
    return "".join(parts)


# ------------------------------------------------------------------ quantities


@lru_cache(maxsize=1)
def _quantity_pattern() -> re.Pattern[str]:
    units = lexicon.units()
    # the longest unit first (万元 before 万, 元/吨 before 元); the look-ahead for a unit's first character
    # lets re give up after one test where the trie would try each of its first characters in turn
    firsts = "".join(sorted({re.escape(u[0]) for u in units if u}))
    unit_alt = rf"(?=[{firsts}])(?:{lexicon.alternation(units)})" if firsts else "(?!)"
    number = rf"(?:{ARABIC}|{CHINESE})"
    # The same as {number}, written to start with one character class: re then jumps from one
    # candidate character to the next instead of trying the whole pattern at every position. An
    # Arabic number starts a run of digits and is read whole: giving digits back, or starting inside
    # the run, cannot end in a unit (units hold no digits), so re is told not to try.
    # The first character is tested against one table of every digit of the Basic Multilingual Plane and
    # the numerals (plus anything beyond that plane, rare): re tests \d and a list of characters one
    # after the other, at every character of the document. The look-behinds after it check again that
    # it is a digit (\d) or a numeral, so nothing else starts a match.
    # 完成36.5 9亿元 (阜平县 2017: a page whose numbers were broken by spaces): one space inside the decimals,
    # one or two digits after it and the unit or magnitude at once; a space inside an integer (4 3%, 2 3亿元)
    # could as well part two numbers of a table, and is left alone
    split_decimals = rf"(?: \d{{1,2}}(?=[万亿千百{firsts}]))?"
    bmp_digits = "".join(ch for ch in map(chr, range(0x10000)) if ch.isdecimal())  # what \d matches there
    first = (rf"[{re.escape(bmp_digits)}{_CN_CLASS}\U00010000-\U0010FFFF]"
             rf"(?:(?<=\d)(?<!\d\d)(?>\d*(?:[,，]\d{{3}})*(?:[.．]\d+{split_decimals})?)"
             rf"|(?<=[{_CN_CLASS}])[{_CN_CLASS}]*)")
    mag = r"(?:万亿|千亿|百亿|千万|百万|亿|万|千)"  # 9千亿元 (广西 2026): a digit before 千亿 or 百亿
    # what may follow a number in a quantity (余/多, a magnitude, a range's dash, a unit): most numerals
    # in running text (一批, 进一步, 十四五) are followed by none, and re gives up at once
    follow = rf"(?=[余多万亿千百—–\-~～－至到{firsts}])"
    # a range (3-5亿元, 2万人次至3万人次) has its dash or 至 within a unit's length of here: without one near (most
    # figures) re does not try the unit before it, a walk through the whole trie of units
    range_near = rf"(?=(?s:.){{0,{max(map(len, units), default=0)}}}{_RANGE_SEP.removesuffix('{1,2}')})"
    pattern = re.compile(
        rf"(?P<num>{first}){follow}(?P<approx1>余|多)?(?P<mag>{mag})?(?P<approx2>余|多)?"
        rf"(?:{range_near}(?P<u1>{unit_alt})?(?P<sep>{_RANGE_SEP})(?P<num2>{number})(?P<mag2>{mag})?)?"
        rf"(?P<unit>{unit_alt})"
    )
    assert tuple(pattern.groupindex) == _GROUPS  # find_quantities reads them with one groups()
    return pattern


_GROUPS = ("num", "approx1", "mag", "approx2", "u1", "sep", "num2", "mag2", "unit")


def _split_chinese(num: str) -> tuple[str, str]:
    """两千万 -> ('两千', '万'): a trailing 万/亿 of a Chinese numeral is the magnitude the unit keeps."""
    for mag in ("万亿", "亿", "万"):
        if num.endswith(mag) and len(num) > len(mag):
            head = num[: -len(mag)]
            if head[-1] not in "万亿":
                return head, mag
    return num, ""


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number-with-unit in text[start:end] that is a figure (see the module doc for what is skipped)."""
    out: list[Quantity] = []
    add = out.append
    n = len(text)
    stop = n if end is None else end
    units = lexicon.units()
    bad_before, bad_after = _BAD_BEFORE, _BAD_AFTER
    for m in _quantity_pattern().finditer(text, start, stop):
        s, e = m.span()
        before = text[s - 1] if s else ""
        if before in bad_before or (e < n and text[e] in bad_after):
            continue  # PM2.5, 5G, 第3, “755”: part of a longer token
        if before == " " and s > 1 and text[s - 2].isdigit() and text[s].isdigit():
            continue  # 达到4 3%: the end of a number broken by a space (阜平县 2017), not a figure of its own
        num, approx1, mag, approx2, _, sep, num2, _, unit = m.groups()
        if unit == "个" and text.startswith(("位次", "名次", "月"), e) \
                or unit == "台" and text.startswith("阶", e) or before == "续" and text[s - 2] == "连" \
                or before == "个" and _ORDINAL_BEFORE.search(text, max(0, s - 6), s) \
                or unit == "人" and text.startswith("民", e) and not text.startswith(("民群众", "民币"), e) \
                or unit == "项" and text.startswith("目", e) \
                or before == "道" and text[s - 2: s] in _ROAD_CLASSES:
            # 比去年提高3个位次 (places a ranking moved), 连续24个月 (a time), 连续3次 (a run's length): no
            # counts of the subject; 5万亿台阶: no machines; 第二个十万亩大枣基地: the
            # number is part of the name of the second such base; 全县28万人民 (涞源 2025, 曲阳 2022, 容城 2012):
            # the people addressed; 省道227项目 (定兴县 2022): a road's number after its class, and 项目 one word
            continue
        spec = units[unit]
        if num2 is None and sep is None and num[0].isdigit() and (not mag or mag in spec.magnitudes):
            # most figures are one Arabic number (582.4亿元, 5.2%): _quantity's first case, read here
            # without a call; float() of the digits alone when they hold no separator to drop
            try:
                value = float(num)
            except ValueError:
                try:
                    value = float(_plain_digits(num))
                except ValueError:
                    continue
            if value == _INF:
                continue  # 400 nines: no figure of any report, and no finite number to keep
            add(Quantity(s, e, value, None, mag + spec.normal if mag else spec.normal, spec.family,
                         "ge" if (approx1 or approx2) else None, False, text[s:e]))
            continue
        if len(num) == 1 and num in _DIGIT_CHARS and not spec.chinese:
            continue  # 三个, 九个方面: _quantity's lone-digit test, made here (one match in ten is one)
        q = _quantity(text, m, units)
        if q is not None and q.value not in _INFINITE and q.value_hi not in _INFINITE:
            add(q)
    if text.find("台阶", start, stop) >= 0 or text.find("大关", start, stop) >= 0 or text.find("关口", start, stop) >= 0:
        extra = _unitless_milestones(text, start, stop)
        if extra:
            out = sorted(out + extra, key=lambda q: q.start)
    if out and text.find("分别", start, stop) >= 0:
        extra = _respective_without_unit(text, out)
        if extra:
            out = sorted(out + extra, key=lambda q: q.start)
    return out


# 分别是2005年的2.7和2.4倍, 分别提高1.5和1.2个百分点: in a 分别 list a writer gives the unit once, after the last figure;
# the figures before it, joined by 和/与/、, are in that unit. Only after 分别 in the same clause: elsewhere a bare number
# before 和 is no figure (3和5号线)
_RESPECTIVE_BARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?:和|与|、)$")
_RESPECTIVE_SPAN = 16  # characters between 分别 and the first figure at most (分别是“十二五”末的)
# (the last character _RESPECTIVE_BARE matches, or a line break after it: $ matches before a last one)
_RESPECTIVE_SEPARATORS = frozenset("和与、\n")


def _respective_without_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    extra: list[Quantity] = []
    after = [q for q in found if not q.chinese and q.value_hi is None]
    while after:  # (6.5、7.8与9%: the unit goes back item by item)
        bare = []
        for q in after:
            # (first tests: the separator right before the figure, and 分别 near enough before it: most figures have neither)
            if text[q.start - 1: q.start] not in _RESPECTIVE_SEPARATORS \
                    or text.find("分别", max(0, q.start - 12 - _RESPECTIVE_SPAN), q.start) < 0:
                continue
            m = _RESPECTIVE_BARE.search(text, max(0, q.start - 12), q.start)
            if m is None:
                continue
            lead = text[max(0, m.start() - _RESPECTIVE_SPAN): m.start()]
            at = lead.rfind("分别")
            if at < 0 or any(mark in lead[at:] for mark in "，。；,;：:"):
                continue
            s, e = m.start(1), m.end(1)
            bare.append(Quantity(s, e, float(m.group(1)), None, q.unit, q.family, None, False, text[s:e]))
        extra += bare
        after = bare
    return extra


_INF = float("inf")
_INFINITE = (_INF, -_INF)


# 突破万亿元, 稳定在百亿元以上, 产量均稳定在百万吨以上: a magnitude with no digit is a figure (1, 100, 1000 of it)
# only right after a verb of reaching and before a unit that ends the phrase; 百万人口, 千亿级产业, 万人助万企 stay idioms
_BARE_MAGNITUDES = {"万亿": (1, "万亿"), "千亿": (1000, "亿"), "百亿": (100, "亿"), "亿": (1, "亿"),
                    "千万": (1000, "万"), "百万": (100, "万"), "万": (1, "万")}
_REACHING_WORDS = r"(?:突破|迈上|迈入|跨上|跃上|登上|站上|迈过|跨越|跨过|超过|超|逾|达到|达|稳定在|保持在|稳在|(?<![经通度越不])过)"
_REACHING = re.compile(rf"{_REACHING_WORDS}了?$")
_BARE_END = re.compile(r"$|[，,、。；;：:！？!?）)\s和及与]|以上|之上|大关|台阶|关口|规模")


def _bare_magnitude(text: str, m: re.Match[str], spec: "lexicon.UnitSpec") -> Quantity | None:
    """万亿元 after 突破 (see _BARE_MAGNITUDES) as 1 万亿元; None when it is not such a figure."""
    num = m.group("num")
    if m.group("mag") or m.group("num2") or num not in _BARE_MAGNITUDES:
        return None
    s, e = m.span()
    if not _REACHING.search(text, max(0, s - 4), s) or not _BARE_END.match(text, e):
        return None
    value, mag = _BARE_MAGNITUDES[num]
    unit, v, _ = _normalise(spec, mag, Decimal(value), None)
    return Quantity(s, e, v, None, unit, spec.family, None, True, m.group(0))


# 经济总量连续迈上4万亿、5万亿两个台阶, 地区生产总值迈上5万亿台阶: milestones of money with 元 left out
_MONEY_MAGNITUDE = re.compile(rf"(?P<num>{ARABIC})?(?P<mag>万亿|千亿|百亿|亿)")
_UNITLESS_MILESTONES = re.compile(
    rf"{_REACHING_WORDS}了?(?P<list>(?:(?:{ARABIC})?(?:万亿|千亿|百亿|亿)[、和])*(?:{ARABIC})?(?:万亿|千亿|百亿|亿))"
    r"(?=(?:[两三四五六七八九十\d]个|[两三四五]大)?(?:新的?)?大?(?:台阶|大关|关口))")


_MILESTONE_WORD = re.compile(r"台阶|大关|关口")


def _unitless_milestones(text: str, start: int, stop: int) -> list[Quantity]:
    out: list[Quantity] = []
    done = start
    for word_start, word_end in _milestone_words(text, start, stop):
        # only the few characters before a milestone word are read (a whole page would cost a scan)
        window_start = max(done, word_start - 40)
        for m in _UNITLESS_MILESTONES.finditer(text, window_start, word_end):
            _read_milestone_list(text, m, out)
        done = word_end
    return out


def _milestone_words(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of _MILESTONE_WORD.finditer(text, start, stop), each word found with str.find (re would test
    every character of the page against the class of their first characters)."""
    found = []
    for word in ("台阶", "大关", "关口"):
        i = text.find(word, start, stop)
        while i >= 0:
            found.append((i, i + 2))
            i = text.find(word, i + 1, stop)
    found.sort()
    spans: list[tuple[int, int]] = []
    for span in found:
        if not spans or span[0] >= spans[-1][1]:  # 大关口: finditer takes 大关 and goes on after it
            spans.append(span)
    return spans


def _read_milestone_list(text: str, m: re.Match[str], out: list[Quantity]) -> None:
    for item in _MONEY_MAGNITUDE.finditer(text, *m.span("list")):
        num, mag = item.group("num"), item.group("mag")
        if num is None:
            value, mag = _BARE_MAGNITUDES[mag]
            number = Decimal(value)
        else:
            number = parse_number(num)
            if number is None or mag in ("千亿", "百亿"):
                continue  # 5千亿 is not how a figure is written
        unit = mag + "元"
        out.append(Quantity(item.start(), item.end(), _float(number) or 0.0, None, unit, "money", None,
                            num is None, item.group(0)))


def _quantity(text: str, m: re.Match[str], units: dict[str, "lexicon.UnitSpec"]) -> Quantity | None:
    s = m.start()
    num, mag, unit_text = m.group("num", "mag", "unit")
    mag = mag or ""
    chinese = not num[0].isdigit()
    spec = units[unit_text]
    if chinese:
        if not (set(num) & _CN_NEEDS):
            return _bare_magnitude(text, m, spec)
        num, cmag = _split_chinese(num)
        if cmag and mag:
            return None
        mag = mag or cmag
        if len(num) == 1 and num in CN_DIGITS and not spec.chinese:
            return None  # a lone digit (三个, 九个方面): the value < 10 test below, without parsing it
        if 2 <= len(num) <= 3 and _DIGIT_CHARS.issuperset(num) and all(CN_DIGITS[ch] for ch in num):
            return None  # 二三次管网, 三四个: two or three (or a name's code), no number read digit by digit
    elif m.group("num2") is None and (not mag or mag in spec.magnitudes):
        # the common case, one Arabic number (582.4亿元, 5.2%): float() of its digits is what
        # float(Decimal(...)) below would give, without the Decimal arithmetic
        if m.group("sep") in ("至", "到"):
            return None
        try:
            value_f = float(_plain_digits(num))
        except ValueError:
            return None
        approx = "ge" if (m.group("approx1") or m.group("approx2")) else None
        return Quantity(s, m.end(), value_f, None, mag + spec.normal, spec.family, approx, False, m.group(0))
    value = parse_number(num)
    if value is None:
        return None
    if chinese and value < 10 and not spec.chinese:
        return None  # 九个方面, 三个一批: a lone Chinese digit before a counting word is an idiom
    if chinese and value == 1 and not mag:
        return None  # 一批, 一次, 一个: "a", not a figure
    hi = None
    if m.group("num2"):
        num2 = m.group("num2")
        mag2 = m.group("mag2") or ""
        if not num2[0].isdigit():
            num2, cm = _split_chinese(num2)
            mag2 = mag2 or cm
        hi = parse_number(num2)
        if hi is None:
            return None
        u1 = m.group("u1")
        if u1 and lexicon.units()[u1].normal != spec.normal:
            return None
        if m.group("sep") in ("至", "到") and not (num[0].isdigit() == num2[0].isdigit()):
            return None
        if not mag and mag2:
            mag = mag2  # 1—2万人: the magnitude of the upper end is the range's
        elif mag and not mag2 and not u1:
            pass
        if hi <= value:
            return None  # 2020-2019: not a range
    if m.group("sep") and (m.group("sep") in ("至", "到")) and m.group("num2") is None:
        return None
    approx = "ge" if (m.group("approx1") or m.group("approx2")) else None
    unit, value, hi = _normalise(spec, mag, value, hi)
    return Quantity(m.start(), m.end(), value, hi, unit, spec.family, approx, chinese, m.group(0))


def _normalise(spec: "lexicon.UnitSpec", mag: str, value: Decimal, hi: Decimal | None) -> tuple[str, float, float | None]:
    """Keep 万/亿 in the unit where the guide does (万人, 亿元), otherwise fold it into the value (1.7万家 -> 17000 家)."""
    if mag and mag in spec.magnitudes:
        return mag + spec.normal, _float(value), _float(hi)
    if mag:
        factor = MAGNITUDES[mag]
        # 千万元 and 百万元: written in 万元 so the magnitude stays one the guide lists
        if "万" in spec.magnitudes and mag in ("千万", "百万"):
            return "万" + spec.normal, _float(value * factor / MAGNITUDES["万"]), _float(hi * factor / MAGNITUDES["万"] if hi is not None else None)
        if "亿" in spec.magnitudes and mag == "万亿" and "万亿" not in spec.magnitudes:
            return "亿" + spec.normal, _float(value * Decimal(10000)), _float(hi * Decimal(10000) if hi is not None else None)
        if "亿" in spec.magnitudes and mag in ("千亿", "百亿"):
            # 9千亿元, 8千亿元 (广西 2026): written in 亿元, the magnitude the guide lists
            f = factor / MAGNITUDES["亿"]
            return "亿" + spec.normal, _float(value * f), _float(hi * f if hi is not None else None)
        return spec.normal, _float(value * factor), _float(hi * factor if hi is not None else None)
    return spec.normal, _float(value), _float(hi)


def _float(value: Decimal | None) -> float | None:
    if value is None:
        return None
    return float(value.normalize()) if value == value.to_integral_value() else float(value)
