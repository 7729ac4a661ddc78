"""The free-phrase namer: a figure outside the vocabulary is named by the phrase that says what is counted.

The walk hands over the subject phrase as written (after the government's own words and lead words are
taken off, pipeline._display); this module makes it a name an analyst can read:

- footnote marks go ([2], 〔8〕, ⑤): they point into the document, they name nothing
- connecting words at either end go (和种子独角兽企业, 公交线路覆盖城区和, 提速庆云至章丘等): a list cut at a
  clause boundary leaves them
- quotes and brackets are balanced (气代煤”收尾改造 -> “气代煤”收尾改造, 公园(游园 -> 公园(游园)): the
  clause started inside them
- a phrase that says nothing by itself is `empty`: a single character, a bare time phrase (3月底前, 年内,
  与2010年相比), a scope word alone (区, 全县); the caller then looks for the noun after the number
  (建设10个县级综合养老服务中心) or drops the row
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from govreport.extract import lexicon
from govreport.extract.numbers import parse_chinese_numeral

NOTE_MARK = r"(?:\[\d{1,2}\]|〔\d{1,2}〕)"  # a note's mark in running text: [2], 〔8〕
# (the space a page puts before a mark goes too; a number in brackets of either width, （2） or (2): a note's or an inline
# item's mark, no part of a name: 组织“政银企对接”“百行联千企”(2)活动)
_FOOTNOTE = re.compile(rf"[ \u3000]?{NOTE_MARK}|[①-⑳]|（\d{{1,2}}）|\(\d{{1,2}}\)")
_LEADING = re.compile(r"^(?:[和与及或、的以]|并且|并|以及|(?:\d+[\u4e00-\u9fff]|[例个家项户所次件处条座名])、(?=[“\u4e00-\u9fff]))")  # (00例、“两癌”…: a cut item)
_TRAILING = re.compile(r"(?:[和与及或、]|以及|等)+$")
_VERB_WITH_JI = ("惠及", "涉及", "波及", "普及", "遍及", "顾及", "危及", "触及", "提及")  # 惠及251.6万人: 及 stays
# a time phrase alone: 3月底前, 6月份, 2025年, 年内, 年底前, 与2010年相比, 5年
_TIME_ONLY = re.compile(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?(?:前|后|以来)?"
                        r"|(?:19|20)\d{2}年(?:底|末|初)?(?:前|以来)?|年[内底末初中](?:前)?|当年|今年|上年|去年|全年"
                        r"|(?:与|比|较)(?:19|20)\d{2}年(?:相比|比)?|\d{1,2}年(?:来)?)$")
# the characters of a list item's number written as one (①, ⑴, ⒈, ㈠, ❶): a class's ranges, for structures too
CIRCLED_NUMBERS = "①-⑳⑴-⒛㈠-㈩❶-❿"
_SPECIAL = re.compile(rf"[“”（）()《》‘’\[\]〔〕{CIRCLED_NUMBERS} \t\u3000\r\n]")
# a page number or an outline number left in front of a name by the page's layout (—13— 全年获得专利授权, 20.民生实事,
# .2年末共有证券公司营业部, ⑨新增公共停车位: a circled number of a list of 民生实事), and quotes or brackets with nothing inside
_LAYOUT_LEAD = re.compile(rf"^(?:[{CIRCLED_NUMBERS}]|" r"[—-]\s*\d{1,3}\s*[—-]\s*|\d{1,2}[.．、](?=[\u4e00-\u9fff])|\.\d+(?=[\u4e00-\u9fff])"
                          r"|\d{0,2}[〕\]](?=[\u4e00-\u9fff]|$))")  # (、1个“精品街道”〔24〕: the mark's end, cut)
_EMPTY_MARKS = re.compile(r"“”|（）|\(\)|《》|‘’")
# an enumeration's marker, any ordinal to 九十九 (一是, 十一是, 二十三要, 三、, 五．): no part of the name it opens; not the
# first of two numerals (二、三级医院)
_ENUMERATION = re.compile(r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:是|要|、|．)"
                          r"(?![一二三四五六七八九十两\d])(?=.)")
_ORDINAL_FIRST = frozenset("一二三四五六七八九十")
# numbers run together by a table read as text (38.0832.2业实现利润): no name
_TABLE_DEBRIS = re.compile(r"\d\.\d+\.\d|\d\.\d{4,}")
_LAYOUT_FIRST = frozenset("—-.0123456789")
_ENDS = frozenset("和与及或、的以并等")
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("‘", "’"))


@lexicon.derived
@lru_cache(maxsize=1)
def name_edges() -> dict[str, frozenset[str]]:
    """role -> words of data/name_edges.csv (no_start, connector, free_single, whole_word)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.read_rows(lexicon.DATA / "name_edges.csv"):
        out.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in out.items()}


@lexicon.derived
@lru_cache(maxsize=1)
def whole_words() -> tuple[str, ...]:
    """Words that start with a connecting or lead character and are one word (以上, 及时, 共享): name_edges.csv."""
    return tuple(name_edges().get("whole_word", ()))


def clean_phrase(phrase: str) -> str:
    """The phrase as a name: footnotes, connecting words at the ends, an enumeration's marker and unbalanced marks
    dealt with."""
    if phrase[:1] in _ORDINAL_FIRST and (m := _ENUMERATION.match(phrase)):
        phrase = phrase[m.end():]  # 十一是大型农贸批发市场完成…快检 (山西 2026), 九是全域推广洁净煤 (涞源县 2020)
    if not _SPECIAL.search(phrase) and phrase[:1] not in _ENDS and phrase[-1:] not in _ENDS \
            and not phrase.endswith("以及") and phrase[:1] not in _LAYOUT_FIRST:
        return phrase  # most phrases: nothing to do (extract's speed bar)
    s = _FOOTNOTE.sub("", phrase).strip(" \t\u3000\r\n").rstrip("〔[")  # (绿色社区〔25〕: the mark cut at its start)
    s = _LAYOUT_LEAD.sub("", _EMPTY_MARKS.sub("", s))
    while (m := _LEADING.match(s)) and not s.startswith(whole_words()):  # (以上文化…, 及时足额拨付, 和田地区: a word)
        s = s[m.end():]
    if not s.endswith(_VERB_WITH_JI):
        s = _TRAILING.sub("", s)
    for left, right in _PAIRS:
        opened, closed = s.count(left), s.count(right)
        if closed > opened and s.find(right) < (s.find(left) if left in s else len(s)):
            s = left + s  # the clause started inside the quote: 气代煤”收尾改造
        elif opened > closed:
            s = s + right  # the figure stands inside it: 全面落实疫情防控“十个常态化
    return s.strip(" \t\u3000")


def _is_number(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _is_unit(token: str) -> bool:
    """A unit or counting word after a number (万元, 个, 万, 亿元): no start of a name."""
    bare = token.lstrip("万亿千百")
    return not bare and bool(token) or bare in lexicon.units() or _is_single(token)


def _is_single(token: str) -> bool:
    return len(token) == 1 and "\u4e00" <= token <= "\u9fff"


def _start_kind(tokens: list[str], k: int, edges: dict[str, frozenset[str]]) -> str:
    """How a name starting at token k starts: 'ok'; 'forward' when it starts in a qualifier the name can do without
    (的…, a number and its unit: 万元的… of 投资9920万元的…): the name starts after it; 'back' when it starts inside
    a word or a list (上文化… of 规模以上, 包企业… of 服务包, 措施… of 硬措施, 专业承包… of 总承包和专业承包): the name
    takes the words before."""
    if k == 0:
        return "ok"
    token, before = tokens[k], tokens[k - 1]
    if token in edges.get("qualifier_end", ()) or token[0].isdigit():
        return "forward"
    if not token.strip() or token in edges.get("no_start", ()) or token[0] in edges.get("no_start", ()) \
            or before in edges.get("connector", ()):
        return "back"
    if _is_number(before):
        return "forward" if _is_unit(token) or token.isascii() else "ok"  # (9920|万元|的, 1000|Mbps, 12345|政务…)
    if _is_unit(before) and k >= 2 and _is_number(tokens[k - 2]):
        return "ok"  # (27天|圆满完成: right after a number and its unit)
    free = edges.get("free_single", ())
    if _is_single(token) and token not in free and before not in free and before not in edges.get("qualifier_end", ()):
        return "back"  # (服务|包企业; but 的|总承包: after 的 a one-character word starts the name)
    if _is_single(before) and before not in free and not (k >= 2 and any(c.isdigit() for c in tokens[k - 2])):
        return "back"  # (85个|学科: a count's measure word stands apart)
    return "ok"


def last_words(tokens: list[str], limit: int, stretch: int) -> str:
    """The last words of a phrase split into `tokens`, up to `limit` characters, starting where a name may start
    (_start_kind): a cut inside a word or a list takes more words, up to `limit + stretch` characters
    (规模以上文化及相关产业企业营业收入, not 上文化…); a cut in a qualifier takes fewer (农村饮水安全工程供水站, not
    万元的…); either way the other when that finds nothing."""
    edges = name_edges()
    n = len(tokens)
    lengths = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        lengths[k] = lengths[k + 1] + len(tokens[k])
    first = min(next((k for k in range(n) if lengths[k] <= limit), n - 1), n - 1)
    kind = _start_kind(tokens, first, edges)
    if kind == "ok":
        return "".join(tokens[first:])
    back = [k for k in range(first - 1, -1, -1) if lengths[k] <= limit + stretch]
    forward = [k for k in range(first + 1, n) if lengths[k] >= 2]
    if kind == "forward":  # past the qualifier, unless what follows it starts inside a word or a list
        for k in forward:
            after = _start_kind(tokens, k, edges)
            if after == "ok":
                return "".join(tokens[k:])
            if after == "back":
                break  # (…的总|承包和专业承包…: the qualifier stays, 资质等级的总承包和专业承包建筑企业)
    for k in back:
        if _start_kind(tokens, k, edges) == "ok":
            return "".join(tokens[k:])
    if kind == "back" and tokens[first - 1] in edges.get("connector", ()) \
            and tokens[first] not in edges.get("no_start", ()) and not _is_single(tokens[first]):
        return "".join(tokens[first:])  # (a list too long to keep whole: its last item, a whole word, not less)
    for k in forward:
        if _start_kind(tokens, k, edges) == "ok":
            return "".join(tokens[k:])
    return "".join(tokens[first:])


@lexicon.derived
@lru_cache(maxsize=1)
def _policy_counts() -> tuple[dict[str, frozenset[str]], re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """policy noun -> counting words, and the patterns of such a noun after a count and before it."""
    nouns = {r["word"]: frozenset(u for u in r.get("units", "").split("|") if u)
             for r in lexicon.read_rows(lexicon.DATA / "policy_counts.csv") if not r.get("role")}
    words = lexicon.alternation(nouns)
    # (after the count: 10条措施, 20条政策措施, 十条支持措施, 12条等政策举措, 29项促消费政策; before it: 稳增长措施近100条)
    after = re.compile(rf"[^\d，,。；;、（(“”]{{0,6}}?(?P<noun>{words})")
    before = re.compile(rf"(?P<noun>{words})(?:近|约|超过|超|共|达|计)?$")
    # (=人, =%: a unit whose count is no figure only with the noun right after the figure, 青年50人论坛, 补贴90%政策)
    right_after: dict[str, list[str]] = {}
    for word, units in nouns.items():
        for u in units:
            if u.startswith("="):
                right_after.setdefault(u[1:], []).append(word)
    return nouns, after, before, {u: tuple(w) for u, w in right_after.items()}


@lexicon.derived
@lru_cache(maxsize=1)
def _policy_before_last() -> frozenset[str]:
    """The characters _policy_counts' `before` pattern can end with: a policy noun's last, a bound's (近, 约, 超过 …),
    or a newline (re's $ matches before a last one too): counts_policy asks the pattern only after one of them."""
    return frozenset(w[-1] for w in _policy_counts()[0] if w) | frozenset("近约过超共达计\n")


@lexicon.derived
@lru_cache(maxsize=1)
def _policy_noun_firsts() -> frozenset[str]:
    """The first characters of the policy nouns _policy_counts' `after` pattern ends with (after at most six others):
    counts_policy asks it only when one stands in the seven characters after the count."""
    return frozenset(w[0] for w in _policy_counts()[0] if w)


@lexicon.derived
@lru_cache(maxsize=1)
def _task_objects() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str],
                             re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar of counts of what a task covers (policy_counts.csv, roles area, thing, tending, comparative):
    an area word ending a count's noun (6项重点领域清理规范, 十个主攻方向; not 14个民生领域重大项目: a thing after it),
    a verb of tending things that exist opening a clause (壮大, 推进 …, after at most four characters of manner:
    持续深化, 全力支持; a verb of covering, 聚焦, 锚定, 做到, right before the count), and a comparative after a count's noun (246个专项债谋划项目更多纳入…)."""
    rows = list(lexicon.read_rows(lexicon.DATA / "policy_counts.csv"))
    role = {r: [w["word"] for w in rows if w.get("role") == r]
            for r in ("area", "thing", "tending", "covering", "comparative", "making", "built", "designated")}
    area = re.compile(rf"[^\d，,。；;、（(“”]{{0,4}}?(?:{lexicon.alternation(role['area'])})"
                      rf"(?!{lexicon.alternation(role['thing'])})")
    tending = re.compile(rf"[^\d，,。；;、]{{0,4}}?(?:(?P<covering>{lexicon.alternation(role['covering'])})"
                         rf"|{lexicon.alternation(role['tending'])})")
    comparative = re.compile(rf"[^\d，,。；;、]{{0,10}}?(?:{lexicon.alternation(role['comparative'])})")
    from govreport.extract.names.grammar import load_grammar

    # (乱象治理2个省级整治项目: a task noun, deed, is no verb of a thing done to the things counted)
    done = (frozenset(load_grammar().words("stage")) | lexicon.done_verbs() | {"完成", "实现", "上市"}) \
        - frozenset(load_grammar().words("deed"))
    # (…等10个绿电产业园建设: the work that makes the things counted ends their noun)
    making = re.compile(rf"[^\d，,。；;、]*?(?:{lexicon.alternation(role['built'])})"
                        rf"(?:{lexicon.alternation(role['making'])})$")
    return area, tending, comparative, re.compile(lexicon.alternation(done)), \
        frozenset(role["tending"] + role["covering"]), making, re.compile(lexicon.alternation(role["designated"])), \
        re.compile(lexicon.alternation(role["covering"]))


_COUNT_OF = {unit: re.compile(rf"(?:\d+|[一二三四五六七八九十两百]+)[余多]?{unit}") for unit in ("条", "项", "个", "套", "件")}
# firms counted (家) are no policy nor list: only what a task courts (瞄准110余家…企业) or deals with (对36家企业…)
_FIRMS_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)[余多]?家")
# 首批12项及第二批14项重点改革: a count whose noun is said after the next count of the list
_COUNT_AFTER_COUNT = {unit: re.compile(rf"[及和与、][^\d，,。；;]{{0,4}}?(?:\d+|[一二三四五六七八九十两百]+)[余多]?{re.escape(unit)}")
               for unit in _COUNT_OF}
# 卫生工程2项：(1)中医院迁建…, 全力办好15项民生实事：一是…, 至少有十个突出亮点：一是…: a count of items whose clause runs
# into a colon is the length of the list the report goes on to give (徐水县 2010-2013, 尉氏县 2021, 宁夏 2026)
_LIST_UNITS = frozenset("项个件条类批")
# 严格落实10个常态化〔37〕、30项防控措施 (阜平县 2022): a count whose short noun is followed by the next item of a list
# that ends with a policy noun shares that noun
_NEXT_ITEM = re.compile(r"[^\d，,。；;、（(“”]{1,6}(?:〔\d+〕|\[\d+\])?、(?=(?:\d+|[一二三四五六七八九十两百]+)[余多]?[条项个套件])")
# 全国168个重点城市空气质量“后十位”, 在全省11个设区市中排名第3: the size of a ranked field (山西 2026)
_RANKED_FIELD = re.compile(r"(?:[^\d，,。；;、（(]|[（(][^）)\d]{0,8}[）)]){0,12}?(?:排名|排位|位次|“后|“前|中排|中位列|中居)")
# 覆盖20万人口以上的县, 销售额2万元以上且快递单量达1000单以上的经营主体: a threshold of a class of things (山西 2026)
_THRESHOLD = re.compile(r"(?:的(?!目标|水平|规模|速度|增长|增速|幅度|任务|标准|台阶|大关)[\u4e00-\u9fff]|且)")
# a noun right after a measure and 以上/以下 (not a word joining or closing the clause: 和, 及, 左右, 的 …)
_CLASS_AFTER = re.compile(r"[\u4e00-\u9fff](?<![的且和及与或并是为了等左约])")
# 全省50户以上农村木质房屋连片村寨“水改”“电改”圆满完成 (贵州 2026), 20户以上自然村通硬化路: households or people
# before a noun of settlements are the bar of the settlements' class, not a count of them
_SETTLEMENT_AFTER = re.compile(r"[^\d，,。；;、的]{0,12}?(?:村寨|村庄|自然村|行政村|村|寨|屯|小区|集镇)")
_NOT_SETTLEMENT = frozenset("民委级干部集组落户人")  # (村民, 村委, 村级: a word of its own, the first such word decides)
_PEOPLE_OVER = re.compile(r"\d+(?:\.\d+)?万?[户人]以[上下]")


def _settlements_bar(text: str, start: int, end: int) -> bool:
    """50户以上农村木质房屋连片村寨 (贵州 2026), 20户以上自然村: households or people and 以上 before settlements."""
    m = _PEOPLE_OVER.search(text, start, end) if "以" in text[start:end] else None
    place = _SETTLEMENT_AFTER.match(text, m.end()) if m is not None else None
    return place is not None and text[place.end(): place.end() + 1] not in _NOT_SETTLEMENT
_COUNTING = frozenset("个户家项所名座条宗栋套人处只批台辆件场次起位")
_SHARES = frozenset(("%", "‰", "倍", "个百分点", "成"))  # (投放50%以上号源: a share of the noun after it, no bar)
_LIST_FOLLOWS = re.compile(r"[^，,。；;、（(\n：:]{0,12}[：:]")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_DIGITS = re.compile(r"\d")


def counts_policy(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count said in text[start:end] (its unit `unit`) names a policy or counts plans
    (policy_counts.csv): the articles of a policy (出台科技金融20条政策措施, 民营经济32条” in quotes: its name), plans
    written (制定…5个专项方案), the size of a plan or list (实施…等8项行动, 提出五大类21个主要指标, 首批12项及第二批14项
    重点改革, 卫生工程2项： and the items), a policy's rate (补贴90%政策) or a forum's name (青年50人论坛), or what a task
    covers (6项重点领域清理规范, 壮大…等4个千亿级新兴潜力产业 naming them, 推动246个…项目更多纳入…): no figure."""
    nouns, after, before, right_after = _policy_counts()
    if unit in right_after and text.startswith(right_after[unit], end):
        return True  # (创新创业青年50人论坛 names a forum, 500人参加论坛 counts people; 90%以上政策免申即享 is a share)
    # (first tests by `in` on a slice: str.find's arguments cost more to read than the slice costs to make)
    if unit in _LIST_UNITS and ("：" in (ahead := text[end: end + 14]) or ":" in ahead) \
            and _LIST_FOLLOWS.match(text, end, end + 14):
        return True
    if text[end - 1: end] in "上下" and text.endswith(("以上", "以下"), start, end) and (
            _THRESHOLD.match(text, end)
            or unit.lstrip("万亿千百")[-1:] not in _COUNTING and unit not in _SHARES
            and _CLASS_AFTER.match(text, end) is not None):
        # (为100所海拔1500米以上农村中小学幼儿园建设供暖设施: 贵州 2026, a measure right before a noun is the bar of a
        # class of things; things counted, 50家以上企业, stay)
        return True
    if (unit == "户" or unit == "人") and _settlements_bar(text, start, end):
        return True
    if unit in ("件", "项") and "实事" in text[start: end + 14] and _plan_of_items(text, start, end):
        return True
    pattern = _COUNT_OF.get(unit)
    if pattern is None:
        # (a first test: 对 or a verb of covering near the count, one call of C each, before any Python of the rule)
        return unit == "家" and ("对" in text[max(0, start - 40): end] or _task_objects()[7].search(text, max(0, start - 2), end)
                                 is not None) and _firms_courted(text, start, end)
    for m in pattern.finditer(text, start, min(len(text), end + 2)):
        if m.end() > end + 1:
            break
        if unit == "条" and text[m.end(): m.end() + 1] == "”":
            return True  # “民营经济32条”, “金融十条”: a policy's name
        counted = m.end()
        # (first tests by `in`: the next count's joiner right after, the last character a noun before could end with,
        # a rank's mark: most counts have none, and a call into re costs more)
        chained = _COUNT_AFTER_COUNT[unit].match(text, counted, min(len(text), counted + 12)) \
            if text[counted: counted + 1] in "及和与、" else None
        while chained is not None:
            counted = chained.end()
            chained = _COUNT_AFTER_COUNT[unit].match(text, counted, min(len(text), counted + 12))
        shared = _NEXT_ITEM.match(text, counted, counted + 12) if "、" in text[counted: counted + 10] else None
        if shared is not None:
            following = pattern.match(text, shared.end()) or _COUNT_OF["项"].match(text, shared.end()) \
                or _COUNT_OF["条"].match(text, shared.end())
            noun = after.match(text, following.end(), following.end() + 12) if following is not None else None
            if noun is not None and nouns[noun.group("noun")] & {"条", "项", unit}:
                return True
        if (("排" in (ahead := text[counted: counted + 20]) or "位" in ahead or "“" in ahead or "居" in ahead)
                and _RANKED_FIELD.match(text, counted, counted + 20)):
            return True
        for found in (after.match(text, counted, min(len(text), counted + 12))
                      if not _policy_noun_firsts().isdisjoint(text[counted: counted + 7]) else None,
                      before.search(text, max(0, m.start() - 10), m.start())
                      if text[m.start() - 1: m.start()] in _policy_before_last() else None):
            if found is None:
                continue
            if unit in nouns[found.group("noun")]:
                return True
        if unit != "条" and _covers(text, start, m.start(), counted):
            return True
        if "对" in text[max(0, start - 40): m.start()] and _acted_on(text, m.start(), counted):
            return True
    return False


@lexicon.derived
@lru_cache(maxsize=1)
def _plan_items() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The nouns of a year's list of things promised (policy_counts.csv `plan_item`: 民生实事, 惠民实事 …) right after a
    count, and the verbs that say the list was carried out (`completed`: 完成, 办结, 兑现 …)."""
    rows = list(lexicon.read_rows(lexicon.DATA / "policy_counts.csv"))
    items = [r["word"] for r in rows if r.get("role") == "plan_item"]
    completed = [r["word"] for r in rows if r.get("role") == "completed"]
    return (re.compile(rf"[件项][^，,。；;、\d]{{0,8}}?(?:{lexicon.alternation(items)})"),
            re.compile(lexicon.alternation(completed)))


def _plan_of_items(text: str, start: int, end: int) -> bool:
    """继续办好10件惠民实事 (云南 2026), 办好以10件民生实事为引领的各项民生工程 (江西 2026), 每年实施20项重点民生实事
    (山东 2026), 我们继续安排20件民生实事 (辽宁 2026), 今年重点谋划实施15件惠民实事 (博野县 2021): the size of the year's
    list of things promised, no figure; 10件民生实事如期兑现, 年度10件惠民实事圆满办结, 20项民生实事全部完成 stay (the
    list carried out: a verb of completion in the clause)."""
    items, completed = _plan_items()
    counted = items.search(text, start, min(len(text), end + 12))
    if counted is None:
        return False
    clause = max(text.rfind(mark, max(0, start - 40), start) for mark in "，,。；;：:\n") + 1
    stop = _CLAUSE_END.search(text, counted.end(), counted.end() + 40)
    return completed.search(text, clause, stop.start() if stop else counted.end() + 40) is None


def _firms_courted(text: str, start: int, end: int) -> bool:
    """A count in 家 right after a verb of covering (瞄准110余家京车上下游配套企业: 满城区 2020) or in a clause opening
    with 对 and no work done to them (对纳入视野的全国206家…企业保持密切联系: 博野县 2025): what a task courts."""
    m = _FIRMS_COUNTED.search(text, start, min(len(text), end + 1))
    if m is None:
        return False
    verb = _task_objects()[1].match(text, m.start() - 2, m.start()) if m.start() >= 2 else None
    if verb is not None and verb.group("covering") and verb.end() == m.start():
        return True
    return "对" in text[max(0, start - 40): m.start()] and _acted_on(text, m.start(), m.end())


# 对…进行清淤疏浚, 对…7所学校综合楼、教学楼进行改扩建, 对…23条小街小巷完成雨污分流改造: work done to the things counted
_WORK_DONE_TO = re.compile(r"进行|改|建|修|硬化|清淤|治理|整治|铺设|安装")
_NOT_TOWARD = frozenset("接外口标照比冲话应象于")  # 对接企业314家, 对外开放口岸: a word of its own, not the preposition


def _acted_on(text: str, count: int, counted: int) -> bool:
    """A count in a clause that opens with the preposition 对 and goes on with no work done to the things: what a task
    deals with, no figure (对新谋划总投资424.5亿元的48个项目加强跑办申报: 徐水区 2024, judged no; 对36家企业、30个重点项目实施
    领导包联责任制: 涞水县 2020; 对110个房地产开发项目遗留问题分类施策: 涞源县 2021); 对城区5条河道进行清淤疏浚 stays."""
    clause = max(text.rfind(mark, max(0, count - 40), count) for mark in "，,。；;：") + 1
    if text[clause: clause + 1] != "对" or text[clause + 1: clause + 2] in _NOT_TOWARD:
        return False
    stop = _CLAUSE_END.search(text, counted, counted + 40)
    rest = text[clause: stop.start() if stop else counted + 40]
    return _WORK_DONE_TO.search(rest) is None and _task_objects()[3].search(rest) is None


@lexicon.derived
@lru_cache(maxsize=1)
def _making_last() -> frozenset[str]:
    """The last characters of policy_counts.csv's `making` words, which _task_objects' `making` pattern ends with (a
    first test before that pattern's lazy scan)."""
    return frozenset(r["word"][-1] for r in lexicon.read_rows(lexicon.DATA / "policy_counts.csv")
                     if r.get("role") == "making" and r["word"])


def _covers(text: str, start: int, count: int, counted: int) -> bool:
    """A count of what a task covers (see counts_policy): the areas (6项重点领域清理规范), or the things a verb of tending
    acts on, named before the count (壮大A、B等4个…产业) or said to do more (推动246个…项目更多纳入…), with no verb of
    a thing done after them (力促…等27个省市重点项目早投产 stays: a target of things done). The verb is sought where the
    figure's words begin (`start`: its clause's, or the verb's after a sub-area or a count cut off)."""
    area, tending, comparative, done, verbs, making, designated, _ = _task_objects()
    if area.match(text, counted, counted + 12):
        return True
    verb = tending.match(text, start, count)
    if verb is None and text[start - 2: start] in verbs and start >= 2:
        verb = tending.match(text, start - 2, count)  # (推动246个…: the words begin at the count, the verb before)
    if verb is None:
        return False
    stop = _CLAUSE_END.search(text, counted, counted + 60)
    rest = text[counted: stop.start() if stop else counted + 60]
    if done.search(rest):
        return False
    named = text[start: count]
    if verb.group("covering") and verb.end() == count:
        return True  # 聚焦13个产业集群, 坚决做到6个“始终坚持”: what the task covers, whether named or not
    if rest[-1:] in _making_last() and making.match(rest) and not designated.search(text, start, counted + len(rest)):
        # 推进万华新一代电池材料等10个绿电产业园建设 (山东 2026): things to be built, a count of a result; not things
        # on a state's list (宝鸡、延安等4个国家骨干冷链物流基地建设: 陕西 2026), which exist and are tended
        return False
    if _DIGITS.search(named):
        return False  # 推动28个项目竣工投用、158个项目开工建设、49个项目启动实施: a list of counts, each a figure
    return named.endswith("等") or "、" in named or comparative.match(rest) is not None


# a number and its unit ending a name (no date, age or ordinal: 2019—2020雪季, 0-6岁, 第3期)
_TRAILING_QUANTITY = re.compile(r"(?<=[\u4e00-\u9fff）)”])\d+(?:\.\d+)?[万亿千百]?[^\d.，、年月日号期届次岁\s]{1,3}$")


def without_own_quantity(name: str) -> str:
    """A name without the item's own figure at its end (饮料酒10.7万千升、下降32.5% -> 饮料酒; 中欧班列（义新欧）开行3005列、
    增长14.7% -> 中欧班列（义新欧）开行): the growth of an item is named by the item, not by its level."""
    m = _TRAILING_QUANTITY.search(name) if name[-1:] not in "0123456789" else None
    return name[: m.start()] if m and m.start() >= 2 else name


_RATIO_VERB = re.compile(r"(?:达到|约为|相当于|占到|占|为|是)(?=[^达约相占为是]*的$)")


def ratio_name(name: str, measure: str, unit: str) -> str:
    """A name ending in 的 stops before the word it qualifies: a share of its measure is named with 比例
    (水质达到或好于Ⅲ类水体的比例为94.4%), a percentage of something else with what it is of (高标准农田达到耕地
    总面积的64% -> 高标准农田占耕地总面积比例); '' when nothing says what it is (是“十五”时期的4.8倍, 国内推力最大的
    220吨, 完成年计划投资的300.5%): the row is dropped (docs/extract.md)."""
    if not name.endswith("的"):
        return name
    if measure == "share":
        return name + "比例"
    if unit in ("%", "‰"):
        m = _RATIO_VERB.search(name)
        if m and m.start() >= 2:
            return f"{name[: m.start()]}占{name[m.end(): -1]}比例"
    return ""


_SHARE_ENDS = ("比重", "比例", "份额", "占比")
_SHARE_WORDS_AFTER = re.compile(r"(?:比例|比重|占比|份额)|占[^，,。；;、\d]{1,14}?(?:比重|比例)")


def share_words_after(name: str, after: str, limit: int = 16) -> str:
    """A share's name with the share words the subject reader took off after it (九龙江流域优质水 + 比例提升14.3个百分点,
    战新产业总产值 + 占规上工业比重为10.4%，较上年提高2.3个百分点): without them the figure reads as a change of the thing
    itself. `after` is the text right after the subject as written."""
    if name.endswith(_SHARE_ENDS):
        return name
    m = _SHARE_WORDS_AFTER.match(after)
    if m is None:
        return name
    words = m.group(0)
    if words.startswith("占") and len(name) + len(words) > limit:
        words = words[-2:]  # 高耗能制造业增加值 + 比重: what it is a share of goes before the thing goes
    return name + words


# a count inside a name (带动9459户贫困户年均增收, 1550个省重点项目完成投资): a number and a counting word, not a class
# (10亿元以上项目), an ordinal or a rate's base (第3, 每10万人, 前100名), a size (35千伏) or people counted by the visit
# (25万人次)
_COUNT_IN_NAME = re.compile(r"(?<![\d.第每前超过近约])\d+(?:\.\d+)?[余多]?万?[个户家项所名座条宗栋套人处只批台辆件场]"
                            r"(?![\d次级强以及之岁周])")
_COUNTED_REST = 5  # (what the count counts, with what is measured of it: 贫困户年均增收; 惠民实事 alone says less than 35件惠民实事)


# the first figure of a change from one level to another read into the name (企业开办时间从8个工作日 of …压减至3个,
# 市属重点国企由51家整合 of …整合为33家): the thing before 由/从
_FROM_VALUE = re.compile(r"(?P<thing>[^\d由从]{2,}?)(?:由|从)\d+(?:\.\d+)?[万亿千百]?[^\d，,、；;的]{1,6}$")


def without_from_value(name: str) -> str:
    """A name without the level a change started from (企业开办时间从8个工作日 -> 企业开办时间; 县城建设规划由8.1平方公里
    拓展 -> 县城建设规划; 园区开发区由106家整合 -> 园区开发区): the figure is the level reached, of the thing."""
    m = _FROM_VALUE.fullmatch(name)
    return m.group("thing") if m else name


# money spent on the things counted opening their name (投资7500万元实施教育项目 7个, 投资5.67亿元新建改造农村公路 124公里)
# (110千伏变电站: a voltage is the class of what is counted, a number of the name)
_MONEY_IN_NAME = re.compile(r"(?:总投资|投资|投入资金|投入)\d+(?:\.\d+)?[万亿]*元的?(?!的|以上|以下|左右)"
                            r"(?P<rest>[\u4e00-\u9fff“](?:[^\d]|\d+千伏){3,})")


def without_money_inside(name: str) -> str:
    """A name without the money spent on the things it counts, when the sum opens it (投资7500万元实施教育项目 ->
    实施教育项目; 累计投资3.5亿元修建县乡村道路 -> 修建县乡村道路): the sum is a figure of its own; the name as it is when
    nothing or a number follows the sum (投资2200万元), or words stand before it (实施总投资14.1亿元的技改项目: a class of
    projects by their investment, left to a later rule)."""
    m = _MONEY_IN_NAME.fullmatch(name)
    return m.group("rest") if m else name


# the item before of a list, its figure written without a unit (a magnitude at most), then the item named: 医疗旅游人次
# 86.5万、收入 (海南 2026), “湘易办”用户突破3500万、月访问量 (湖南 2026)
_UNREAD_ITEM = re.compile(r"(?P<first>[^\d、，,；;]{2,}?)(?:突破|超过|超|达到|达|约|近)?\d+(?:\.\d+)?[万亿]?[多余]?、"
                          r"(?P<item>[^\d、，,；;]{2,})")


def without_item_before(name: str, aspects: tuple[str, ...], words: Callable[[str], list[str]]) -> str:
    """A name holding the item before it and that item's figure (no unit read: no row of its own) named with the thing
    the two share instead: the item before without its aspect (医疗旅游人次 -> 医疗旅游: 医疗旅游收入) or its last word
    (“湘易办”用户 -> “湘易办”: “湘易办”月访问量); the name as it is when no such list opens it or no thing of two
    characters is left."""
    m = _UNREAD_ITEM.fullmatch(name)
    if m is None:
        return name
    first, item = m.group("first"), m.group("item")
    aspect = aspect_of(first, aspects)
    if not aspect:
        last = words(first)[-1:]
        aspect = last[0] if last and len(last[0]) >= 2 else ""
    stem = first[: len(first) - len(aspect)] if aspect else ""
    return stem + item if len(stem.strip("“”")) >= 2 else name


def respective_first(name: str) -> bool:
    """A name ending in the first figure of a 分别 list written without its unit (产值分别突破70 of 产值分别突破70和50亿元,
    分别是2005年的2.7 of …2.7和2.4倍): the first item's figure in the second's name, which says nothing."""
    return (name[-1:].isdigit() or name[-2:-1].isdigit()) and _RESPECTIVE_FIRST.search(name) is not None


def without_count_inside(name: str, actions: frozenset[str] | set[str], drives: tuple[str, ...] = ()) -> str:
    """A name without the count of its things when the figure is another measure of them (带动9459户贫困户年均增收9000元
    -> 贫困户年均增收; 1550个省重点项目完成投资7398亿元 -> 省重点项目完成投资; 63人获得保险赔付资金): the count is a
    figure of its own, and a name never holds another figure. Only a count that opens the name or follows its verb
    (a drive word, 带动, goes with it: it says who drove, not what is measured), once in the name, with five characters
    at least after it; the name as it is otherwise (辐射带动45个贫困村贫困家庭, 涉及177个行政村342个自然村)."""
    m = _COUNT_IN_NAME.search(name)
    if m is None or _COUNT_IN_NAME.search(name, m.end()) is not None or _SPECIAL.search(name):
        # (1个重点水库(克孜尔水库)2个监测断面: a name in brackets after the count is that one thing's)
        return name
    lead, rest = name[: m.start()], name[m.end():]
    if len(rest) < _COUNTED_REST or not "\u4e00" <= rest[0] <= "\u9fff" or rest[-1].isdigit():
        return name
    if lead in drives:
        return rest
    if lead[:1] == "对" and (k := rest.find("进行")) > 0 and len(rest) - k > 3:
        # 对环雄安17个村21公里道路进行改造提升 (定兴县 2022): the things counted with what is done to them
        return rest[:k] + rest[k + 2:]
    # (a verb alone before the count: leading_actions gives '' for a name of action words only)
    return lead + rest if not lead or leading_actions(lead + "\0", actions) == lead else name


_BEFORE_CHANGE_VERB = re.compile(r"(?:累计|同比|比上年|共|分别|全年)*")


def with_change_aspect(name: str, after: str, change_aspects: dict[str, str]) -> str:
    """A bare thing whose change is said by a verb that names the side of it changed (name_grammar.csv, change_aspect:
    二氧化硫 + 累计削减1399.3吨 -> 二氧化硫排放量; 粮食 + 增产169.8亿斤 -> 粮食产量); `after` is the text right after the
    thing as written. The name as it is when no such verb follows."""
    rest = after[_BEFORE_CHANGE_VERB.match(after).end():]
    aspect = next((a for verb, a in change_aspects.items() if rest.startswith(verb)), "")
    return name + aspect if aspect and not name.endswith(aspect) else name


def share_name(phrase: str, share_of: str) -> str:
    """The name of a share outside the vocabulary with what it is a share of (民间投资 + 占固定资产投资比重); the share
    words alone (占比, 比重) or a comparison (相当于…的) add nothing a reader needs and are written 占比."""
    words = share_of.strip(" ，,")
    if words.startswith("占") and len(words) > 3:
        end = max(words.rfind(w) + len(w) if w in words else -1 for w in _SHARE_ENDS)
        words = words[:end] if end > 0 else words.rstrip("的达为") + "比重"  # (占…比重达40%: the verb goes)
        return phrase + words
    return phrase if phrase.endswith(_SHARE_ENDS) else phrase + "占比"


# the first figure of a 分别 list written without its unit (产值分别突破70和50亿元) read into the name of the second
_RESPECTIVE_FIRST = re.compile(r"分别[^，,；;]{0,12}?(?<!\d)\d+(?:\.\d+)?[万亿千百]?$")  # (分别惠及3500万、2300万人次)


def says_nothing(name: str, scope_words: frozenset[str] | set[str] = frozenset(),
                 empty_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A name that does not say what is counted: one character, a time phrase alone, a scope word alone, a word
    of the grammar's `empty` role alone (其中, 剩余, /月)."""
    if name[:1] in "（(" and name[-1:] in "）)":
        return True  # (不包括邮政储蓄银行直接营业收入): a note in brackets, the name before it lost
    if name[:1] in "（(":
        close = max(name.find("）"), name.find(")"))
        if close > 0 and len(name) - close - 1 <= 6:
            return True  # 16-59岁（含不满60周岁）人口 cut to （含不满60周岁）人口(占比): the name before the note lost
    core = name.strip(" \t\u3000“”\"‘’（）()《》")
    return len(core) <= 1 or ("年" in core or "月" in core) and bool(_TIME_ONLY.match(core)) or core in scope_words \
        or core in empty_words \
        or "." in core and bool(_TABLE_DEBRIS.search(core))




def leading_actions(name: str, actions: frozenset[str] | set[str]) -> str:
    """The action words a name starts with (改造老旧小区 -> 改造, 改造提升农村公路 -> 改造提升), '' if none."""
    s = name
    while s:  # (the longest action word first, as a loop: asked several times per figure)
        if s[:3] in actions:
            s = s[3:]
        elif s[:2] in actions:
            s = s[2:]
        else:
            break
    return name[: len(name) - len(s)] if s else ""


def after_actions(name: str, actions: frozenset[str] | set[str]) -> str:
    """The name without the action words it starts with (改造老旧小区 -> 老旧小区); a name of action words only stays."""
    return name[len(leading_actions(name, actions)):]


def fund_of_means(money: str, funds: tuple[str, ...], words: frozenset[str] | set[str]) -> str:
    """The fund a sum of money named (新争取国家政策性资金 -> 国家政策性资金, 发放以旧换新补贴 -> 以旧换新补贴): the words
    after the last verb of `words` in its name, ending with a fund word (name_grammar.csv fund); '' when that is the
    fund word alone (落实资金), a list (超长期特别国债、专项债…等资金), holds a number, or is longer than a name."""
    fund = next((f for f in funds if money.endswith(f)), "")
    if not fund:
        return ""
    end = len(money) - len(fund)
    k = 0
    for i in range(end - 1):  # (a verb inside the fund word, 补贴, is the fund's: only verbs before it count)
        for n in (3, 2):
            if i + n <= end and money[i: i + n] in words:
                k = max(k, i + n)
    thing = money[k:]
    if len(thing) <= len(fund) + 1 or len(thing) > _MEANS_LONGEST or any(c in thing for c in "、和及与等")  \
            or any(c.isdigit() for c in thing):
        return ""
    return thing
_MEANS_LONGEST = 14  # (科技型企业知识价值信用贷款: 13)


_TRAILING_NOTE = re.compile(r"[（(][^（）()]{2,}[）)]$")


def without_note(name: str) -> str:
    """A long name without the note in brackets at its end (邮政行业业务收入（不包括邮政储蓄银行直接营业收入）): when
    the name must be cut to its last words, the note alone would be left."""
    m = _TRAILING_NOTE.search(name)
    return name[: m.start()] if m and m.start() >= 2 else name


_PURPOSE = re.compile(r"[^，,；;。、等\d（(“]+")
# (建成邸北110千伏变电站: a voltage is the class of the name, when the words then run to a break, not to a count of theirs)
_PURPOSE_VOLTAGE = re.compile(r"(?:[^，,；;。、等\d（(“]|\d+千伏)+(?=[，,；;。]|$)")


_PURPOSE_LIST = re.compile(r"[^，,；;。（(]{1,40}")
_COUNT_THEN_ITEM = re.compile(r"[\d.]+[万亿千百]?[\u4e00-\u9fff]{1,3}、")
_COUNT_LEAD = re.compile(r"^(?:[\d一二三四五六七八九十两百]+[个所项条座处家批片]|一批)")
_PURPOSE_LIST_WHOLE = 16  # (a list of what is done, written out, longer than this: its first item, as before)


def purpose_words(text: str, start: int, end: int, actions: frozenset[str] | set[str] = frozenset()) -> tuple[str, int]:
    """What a sum is spent on, from `start`: the words up to the next break, list item, number or quote (推进博文路
    西段建设); '' when fewer than four characters are left. A list of things done summed up by 等 and a noun is named
    by the verb and that noun (实施高效节水灌溉、水土保持、小流域综合治理等水利工程 -> 实施水利工程; 完成花山、马兰和西下关
    毛主席路居等红色教育基地项目 -> 完成红色教育基地项目), a short list without 等 is the list (启动天生桥游客中心、停车场、
    实施集中供热、供水及雨水管网工程): the sum is the whole list's, not its first item's. With the end of the words
    in the text: ('', start) when none."""
    m = _PURPOSE.match(text, start, end)
    if m and m.end() < end and text[m.end()].isdigit():
        m = _PURPOSE_VOLTAGE.match(text, start, end) or m
    words = m.group(0).rstrip("了的") if m else ""
    if m and m.end() < end and text[m.end()].isdigit() and _COUNT_THEN_ITEM.match(text, m.end(), end):
        return "", start  # (投资2.3亿元,升级改造城市道路7条、雨污水管网20公里: the sum is the list's, not the first item's)
    if m and m.end() < end and text[m.end()] in "、等" and (verb := leading_actions(words, actions)):
        listed = _PURPOSE_LIST.match(text, start, end)
        phrase = listed.group(0) if listed else ""
        k = phrase.find("等")
        head = _COUNT_LEAD.sub("", phrase[k + 1:]) if k > 0 else ""
        # (…等工程建设: a word for any work names no kind; the first item stays, as before)
        if len(head.removesuffix("建设").removesuffix("工作")) >= 4 and not any(c.isdigit() for c in head):
            return verb + head, start + len(phrase)
        if k < 0 and len(phrase) <= _PURPOSE_LIST_WHOLE and not any(c.isdigit() for c in phrase):
            return phrase, start + len(phrase)
    return (words, start + len(words)) if len(words) >= 4 else ("", start)


def shared_head(items: list[str], aspects: tuple[str, ...] = (), actions: frozenset[str] | set[str] = frozenset(),
                words: Callable[[str], list[str]] | None = None, pairs: frozenset[str] | set[str] = frozenset(),
                without_manner: Callable[[str], str] | None = None, classes: tuple[str, ...] = ()) -> list[str]:
    """Items of a list whose last one carries the head they share (广播、电视人口综合覆盖率 -> 广播人口综合覆盖率,
    电视人口综合覆盖率; 建筑、安装工程产值; 刑事、治安案件 -> 刑事案件): a short item (at most four characters) before a
    longer last item takes what follows the last item's first word (_first_word_end; `words` splits a text into
    words, to find where that word ends when the two are of different lengths). A longer item takes the
    aspect word the last one ends with (`aspects`, longest first: 规上高技术制造业、装备制造业增加值 -> 规上高技术制造业
    增加值; 城乡居民基本养老保险和基本医疗保险参保率 -> 城乡居民基本养老保险参保率), unless it says a measure of its own
    or opens with an action (免签入境游客、…、新增外资企业、离岛免税销售额: things of their own, no sales). Items of
    their own stay. A pair word written apart (`pairs`, paired_words.csv: 存、贷款余额) share the second's
    word: 存款余额. An aspect word after a manner word of its own (`without_manner` takes it off: 棚改开工率、基本建成率 ->
    棚改基本建成率) is of the thing before as a bare one is. A class of the statistics' threshold before the last
    item's aspect (`classes`, name_grammar.csv threshold_class: 限上, 规上) is every item's too (新能源汽车、智能家电、
    智能手机限上零售额 -> 新能源汽车限上零售额)."""
    last = items[-1]
    if (industries := _industry_numerals(items)) is not None:
        return industries
    if (summed := _summed_with_aspect(items)) is not None:
        return summed
    word, etc, head = last.partition("等")
    if etc and word and len(head) >= 2 and all(1 <= len(item) <= 14 for item in items[:-1]):
        # 食品、石化、医药、信息等产业增加值分别增长…: 等 closes the list, every item has the head after it
        return [item if item.endswith(head) else item + head for item in items[:-1]] + [word + head]
    last_aspect = next((a for a in aspects if last.endswith(a) and len(last) >= len(a) + 2), "")
    aspect = "" if any(leading_actions(item, actions) for item in items[:-1]) else last_aspect
    threshold = next((c for c in classes if last.endswith(c + aspect) and len(last) >= len(c + aspect) + 2), "") \
        if aspect and classes else ""
    out = []
    for item in items[:-1]:
        n = len(item)
        if len(last) >= 2 and item and item[-1] + last[0] in pairs:
            # 金融机构本外币存、贷款余额: the pair 存贷 written apart, the first half takes the rest of the second's word
            out.append(item + last[1:])
            continue
        # (an item of three or four characters before a last one with an aspect takes the aspect: 集成电路、工业机器人
        # 产量 -> 集成电路产量, never 集成电路人产量)
        if 2 <= n <= 4 and (n == 2 or not last_aspect) and len(last) >= n + (2 if n == 2 else 3) and item != last[:n] \
                and not item.endswith(last[n:]) and not (last_aspect and item[-1] in _MEASURE_LAST):
            rest = last[_first_word_end(item, last, words):]
            # (城市公园、“口袋公园”保有量: the quote closes the last item's name, none of the head they share)
            out.append(item + (rest[1:] if rest[:1] == "”" and "“" not in item else rest))
        elif aspect and len(item) >= 2 and item[-1] not in _MEASURE_LAST and not item.endswith(aspects) \
                and not any(c.isdigit() for c in item):
            out.append(item + (threshold if threshold and threshold not in item else "") + aspect)
        else:
            out.append(item)
    out.append(last)
    # 建档立卡贫困人口医保参保率和资助率均达到100%: a bare aspect word after an item with a thing is of that thing
    for k in range(1, len(out)):
        core = without_manner(out[k]) if without_manner is not None and out[k] not in aspects else out[k]
        if core in aspects or 2 <= len(core) <= 3 and core[-1] == "率":  # (普惠率: a rate word alone)
            before = next((a for a in aspects if out[k - 1].endswith(a) and len(out[k - 1]) >= len(a) + 2), "")
            if not before and out[k][-1] == "率" and out[k - 1][-1] == "率" and len(out[k - 1]) >= 6:
                # (按时反馈率、办结率: 按时 is how, no thing)
                before = out[k - 1][-3:]  # 市民服务热线诉求解决率、满意率: a rate word of the language is mostly 3 characters
            if before:
                out[k] = out[k - 1][: -len(before)] + out[k]
        elif "元" in out[k] and (named := class_lead(out[k - 1], out[k])):
            out[k] = named  # 年销售收入过亿元企业、过10亿元企业 -> 年销售收入过10亿元企业
    return out


# 索具、汽车零部件和石油物探装备三大主导产业年产值: the last item, the count of the items, what they are, the aspect
_SUMMED_LAST = re.compile(r"(?P<item>[^、，,；;。]{2,}?)(?P<n>[两二三四五六七八九])大(?P<kind>[\u4e00-\u9fff]{0,4}?"
                          r"(?:产业|行业|集群|板块|领域))(?P<aspect>[^、，,；;。]{2,})")


def _summed_with_aspect(items: list[str]) -> list[str] | None:
    """Items a count after the last one sums up, then the aspect they share (年内力争索具、汽车零部件和石油物探装备三大
    主导产业年产值分别达到32亿元、9亿元和13亿元 -> 索具年产值, 汽车零部件年产值, 石油物探装备年产值): each item with the
    aspect, when the count is the number of items (the words opening the list, 年内力争, are none of the first's);
    None otherwise."""
    last = _SUMMED_LAST.fullmatch(items[-1])
    if last is None or parse_chinese_numeral(last["n"]) != len(items) or last["aspect"].startswith(("的", "等")):
        return None
    first = items[0]
    lead = _list_lead().match(first)
    if lead and len(first) - lead.end() >= 2:
        first = first[lead.end():]
    return [item + last["aspect"] for item in (first, *items[1:-1], last["item"])]


# 第一、二、三产业 / 一、二、三产业 / 二、三产业: numerals of the three sectors, the last one with the head they share
_INDUSTRY_NUMERAL = re.compile(r"第?(?P<n>[一二三])")
_INDUSTRY_LAST = re.compile(r"第?(?P<n>[一二三])(?P<head>次?产(?:业)?[^、，,；;。]*)")


def _industry_numerals(items: list[str]) -> list[str] | None:
    """A list of the sectors' numerals (第一、二、三产业增加值占地区生产总值的比重, 第一、二、三产业对经济增长的贡献率, 二、三产业
    从业人员) as one name each: 第一产业…, 第二产业…, 第三产业… (a numeral alone is no name: 二占地区生产总值的比重). The
    words opening the list (全年, 其中: _list_lead) are none of the first item's. None when the list is no such one."""
    last = _INDUSTRY_LAST.fullmatch(items[-1])
    if last is None or len(items) > 3:
        return None
    numerals = []
    for item in items[:-1]:
        m = _INDUSTRY_NUMERAL.search(item)
        if m is None or m.end() != len(item) or m.start() > 0 and _list_lead().fullmatch(item[: m.start()]) is None:
            return None
        numerals.append(m["n"])
    numerals.append(last["n"])
    if len(set(numerals)) != len(numerals):
        return None
    head = last["head"] if last["head"].startswith("次") else "产业" + last["head"].removeprefix("产业").removeprefix("产")
    return [f"第{n}{head}" for n in numerals]


def _first_word_end(item: str, last: str, words: Callable[[str], list[str]] | None = None) -> int:
    """Where the first word of a list's last item ends, the item before it standing for that word: where the two
    end alike (国家级、部级创新平台: 部级, not 部级创; 食品类、饮料类), one character less for an ordinal's 第 (第一、二、
    三产业: 三); else at the word boundary of the last item nearest the item's length, the longer on a tie
    (广播、电视人口综合覆盖率: 电视; 人参、食用菌全产业链产值: 食用菌; 对非洲、拉美市场出口: 拉美市场, not 拉美市),
    or as long as the item when no `words` are given."""
    n = len(item)
    if item[0] == "第" and last[:1] != "第":
        n -= 1
    k = last.find(item[-1], 1, n + 1)
    if k > 0:
        return k + 1
    if words is None:
        return n
    bounds, at = [], 0
    for word in words(last):
        at += len(word)
        if at <= len(last) - 2:  # (a head of two characters at least is left)
            bounds.append(at)
    return min(bounds, key=lambda b: (abs(b - n), -b)) if bounds else n


# a class of things above an amount of money (纳税超千万元企业, 投资过5亿元项目, 亿元以上项目): what stands before
# the amount, the threshold word, and the noun after
_ABOVE_AMOUNT = re.compile(r"^(?P<lead>[^\d，,；;。、]*?)(?P<over>超过|超|过)?(?P<amount>[\d.]*[十百千万亿]*元)(?P<up>以上)?"
                           r"(?P<noun>[^\d元]{1,6})$")
_ABOVE_LEAD = 8  # (a longer lead is a clause, no measure of a class)


def class_lead(first: str, item: str) -> str:
    """The words a class above an amount takes from the class before it in the same list, when it says neither
    the measure nor the verb (纳税超千万元企业27家；超亿元企业4家 -> 纳税超亿元企业; 新增纳税超1000万元企业2家，
    超500万元企业10家 -> 新增纳税超500万元企业; 谋划投资超亿元项目…、过5亿元项目 -> 谋划投资过5亿元项目): the
    two must count the same noun, each above its amount (超/过 or 以上, alike). The item with them, or "" when
    no words are missing."""
    a, b = _ABOVE_AMOUNT.match(first), _ABOVE_AMOUNT.match(item)
    if a is None or b is None or a["noun"] != b["noun"] or not (a["over"] or a["up"]) \
            or bool(a["over"]) != bool(b["over"]) or bool(a["up"]) != bool(b["up"]) or len(a["lead"]) > _ABOVE_LEAD:
        return ""
    lead, own = a["lead"], b["lead"]
    return lead + item[len(own):] if len(lead) > len(own) and lead.startswith(own) else ""


def only_actions(name: str, actions: frozenset[str] | set[str]) -> bool:
    """A name made only of action words (布局打造, 建设了, 培育打造): it says what is done, not what is counted."""
    s = name.rstrip("了")
    while s:
        # the longest action word s starts with (three characters at most), as a loop: asked for most figures
        if s[:3] in actions:
            s = s[3:]
        elif s[:2] in actions:
            s = s[2:]
        elif s[:1] in actions:
            s = s[1:]
        else:
            return False
    return bool(name)


# ------------------------------------------------------------------ count-first figures (新建2所公办幼儿园)

_COUNT_VERB_STOP = re.compile(r"[、等]")
_ATTRIBUTE_NUMBER = re.compile(r"(?:总投资|投资|占地|总长|全长|年产|年出栏|总建筑面积|建筑面积)?[\d０-９]")
_AFTER_NOT_NOUN = ("的", "为", "是", "达", "，", ",")


_COUNTED_WORDS = re.compile(r"[^，,；;。（(]+")
# a bracket of one or two characters right after a word writes another kind of it, 社区（村）, 乡（镇）: part of the
# noun; a longer one is a note
_SHORT_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# the next item of a list of counts (4个A和2个B), or of figures (1个A、新入规加工企业20家以上)
# (and 和 before a scope or a maker of the next list and its count: 市定32项民生实事和县定12件…, 完成全省下达的8个项目和全县12个)
_NEXT_COUNT = re.compile(r"(?:、|和|及|与|以及)(?=[\d一二三四五六七八九十两])|、(?=[^、]*\d)"
                         r"|(?:和|及|与|以及)(?=[\u4e00-\u9fff]{1,3}\d)")


# the next item of a list of counts opening with a level word (20个省级临床重点专科): the noun after that word
_LEVEL_NEXT = re.compile(r"[\d一二三四五六七八九十两]+[\u4e00-\u9fff]?[\u4e00-\u9fff]{1,3}?级([^、，,；;。（(等\d]{2,})")


# the projects a count counts, and the work on them, end before 和 / 与 / 及 and another task the count does not count
# (加快推进6个百万羽蛋鸡养殖重点项目建设和奶业养殖加工一体化发展, 贵州 2026: the 6 are projects)
# (…工程和乡镇区域养老服务中心 without a count of its own: the count is of both kinds)
_PROJECTS_THEN_AND = re.compile(r"(?:项目|工程)(?:(?:建设|改造|实施)(?=(?:和|与|及|以及|并)[\u4e00-\u9fff“]{2})"
                                r"|(?=(?:和|与|及|以及)[^，,；;。]*\d))")


_SHARED_DEED_ITEM = 7  # (a longer item says what is done to it: 478家沿江化工企业关改搬转、12480个入河排污口整治)


def counted_words(after: str, deeds: tuple[lexicon.Endings, lexicon.Endings, frozenset[str]] | None = None) -> str:
    """The noun a count-first figure counts: the words after it up to the next break or the next count of a list
    (4个国家级渔港经济区和2个海洋牧场 -> 国家级渔港经济区); a noun may be a list itself (3条县、乡公路维修养护,
    256家二级及以上公立医疗机构). A short item of a list whose last item ends with the work done to them all takes
    that work (`deeds`: the words of work and the task nouns by their endings, and the characters either ends with;
    37座加油站、155个地下油罐防渗改造任务 ->
    加油站改造任务, 31个村、2.5万户“气代煤”改造 -> 村“气代煤”改造): without it the item reads as the stock of things."""
    m = _COUNTED_WORDS.match(after)
    if m is None:
        return ""
    words = m.group(0)
    end = m.end()
    while end < len(after) and after[end] in "（(" and _CJK_CHAR.match(words[-1]) \
            and (bracket := _SHORT_BRACKET.match(after, end)):
        # (村（社区）乡（邻）里中心: each short bracket in turn, 乡（邻）里 a word written with its variant too)
        rest = _COUNTED_WORDS.match(after, bracket.end())
        close = bracket.end()
        words = after[: rest.end() if rest else bracket.end()]
        if any(c.isdigit() for c in words[close: words.find("、", close) % (len(words) + 1)]):
            words = words[:close]  # (42个社区(村)与我县17个乡镇36个贫困村…: another count in its item, the noun ends there)
            break
        end = len(words)
    cut = _NEXT_COUNT.search(words)
    if cut:
        level = _LEVEL_NEXT.match(words, cut.end())
        head = words[: cut.start()]
        # 新建6个国家级、20个省级临床重点专科: a level word alone counts the noun the next count's level word has
        if level and head.endswith("级") and 2 <= len(head) <= 4:
            words = head + level.group(1)
        elif deeds is not None and 1 <= len(head) <= _SHARED_DEED_ITEM and "“" not in head \
                and words[-1] in deeds[2]:
            words = head + shared_deed(words, cut.end(), head, deeds)
        else:
            words = head
    if ("项目" in words or "工程" in words) and (tail := _PROJECTS_THEN_AND.search(words, 2)) is not None:
        words = words[: tail.end()]  # 6个百万羽蛋鸡养殖重点项目建设和奶业养殖加工一体化发展: the count's projects end at 和
    if words[:1] == "“" and any(c.isdigit() for c in words):
        return ""  # 1596个“千项万亿”重大项目完成投资1.5万亿元: the words run on into another figure's
    if words[1:2] == "均" and len(words) > 2:
        # 367个村均达到安全饮水要求 (曲阳县 2020), 12户均已脱贫: 均 after a counted one-character noun is "all", not
        # the per-village or per-household of 村均, 户均 (those follow no count of their own noun)
        return words[0] + words[2:]
    return words


# the work after these is a predicate said of the whole list, its things shared too (44个房地产开发和4个棚改遗留问题
# 全部解决: 房地产开发遗留问题, never 房地产开发解决), or a verb of its own (对4条主干道、13条背街小巷进行优化提升)
_PREDICATE_BEFORE = re.compile(r"(?:全部|全|均|都|已|进行)$")


def shared_deed(words: str, rest: int, head: str, deeds: tuple[lexicon.Endings, lexicon.Endings, frozenset[str]]) -> str:
    """The work a list of counts shares, said at the end of its last item (words[rest:], after the item `head`): the
    words of work (`deeds[0]`) and a task noun (`deeds[1]`) ending the words, with a quoted name before them, after a
    number; '' when there are none, the work is a predicate said of them all (_PREDICATE_BEFORE), or the item opens
    or ends with work of its own (82项获国家层面认可、37项向全国推广; 800个经济薄弱村扶持和100个…示范村创建; 整体征迁村
    ends with none: 征迁 is a kind of village there)."""
    works, tasks, _ = deeds
    k = len(words) - len(tasks.longest(words) or "")
    start = k
    while k > rest and (word := works.longest(words[rest:k])) is not None and k - len(word) > rest:
        k -= len(word)
    if k == start or works.longest(head) is not None or any(head[:n] in works.words for n in (1, 2, 3)) \
            or _PREDICATE_BEFORE.search(words, rest, k):
        return ""
    if words[k - 1] == "”" and (opened := words.rfind("“", max(rest, k - 10), k)) > rest:
        k = opened  # 31个村、2.5万户“气代煤”改造: the quoted name says which work
    if not any(c.isdigit() for c in words[rest: k]):
        return ""
    # 14个路段、9.8公里供水管网建设: a length (an area, a weight) measures a thing of its own, the items' thing too
    between = words[rest: k]
    between = between[max(j for j, c in enumerate(between) if c.isdigit()) + 1:].lstrip("万亿余多")
    units = lexicon.units()
    unit = next((between[:n] for n in range(min(4, len(between)), 0, -1) if between[:n] in units), "")
    if unit and units[unit].family in _MEASURED_FAMILIES and len(between) > len(unit) \
            and not any(c in between for c in "、和及与"):
        return between[len(unit):] + words[k:]
    return words[k:]


_WORK_AFTER = re.compile(r"[^，,；;。、：:（(\d“”]{2,14}(?=[，,；;。：:）)]|$)")
_WORK_THING = 8  # (a longer thing before the work is a clause of its own)


def work_after(after: str, deeds: tuple[lexicon.Endings, lexicon.Endings, frozenset[str]]) -> str:
    """The work a length or an area is of, said right after it to the clause's end (津保北线李家营段3.5公里改线工程 ->
    改线工程, 沿黄岸线180公里流沙系统治理 -> 流沙系统治理, 24个贫困村42公里道路硬化工程 -> 道路硬化工程): the thing, if any,
    and the words of work and task noun of `deeds` ending the clause; '' when the words after end otherwise, the
    thing is long or opens with work of its own (5公里完成改造)."""
    m = _WORK_AFTER.match(after)
    if m is None or m.group(0)[-1] not in deeds[2]:
        return ""
    words = m.group(0)
    works, tasks, _ = deeds
    k = len(words) - len(tasks.longest(words) or "")
    end = k
    while k > 0 and (word := works.longest(words[:k])) is not None:
        k -= len(word)
    if k == end or k > _WORK_THING or k and any(words[:n] in works.words for n in (1, 2, 3)) \
            or not k and end == len(words):
        return ""  # (完成改造 alone: a verb of its own, no thing nor task)
    return words


_MEASURED_FAMILIES = frozenset(("length", "area", "weight", "energy"))


def counted_length(text: str, start: int, noun: str) -> int:
    """How many characters of text from `start` the noun of counted_words stands for (its 均 left out; the item's
    own words when it took the list's shared work)."""
    if text.startswith(noun, start):
        return len(noun)
    if text.startswith(noun[:1] + "均" + noun[1:], start):
        return len(noun) + 1
    k = 0
    while k < len(noun) and start + k < len(text) and text[start + k] == noun[k]:
        k += 1
    return k if k and text[start + k: start + k + 1] in ("、", "和", "及", "与") else 0


_DESCRIBED = re.compile(r"[^、，,；;。（(等]+")  # (X等项目: the list of things ends at 等)
_DESCRIBED_AFTER = re.compile(r"(?:、[^、，,；;。的]{1,16})?的")  # 投资2.8亿元、总长66公里的“南延北伸”工程
_THING_END = re.compile(r"(?s:.*)(?:项目|工程|基地)")
# 完成投资2.85亿元的凯隆亿盛和投资2.54亿元的华悦鞋服项目 (徐水县 2012): a joiner before another sum of money starts the
# next thing described, as 、 does
# (not a sum said of the thing after it: 投资142亿元的长城汽车零部件园及物流园项目完成投资5亿元, 徐水县 2012)
_NEXT_DESCRIBED = re.compile(r"(?:和|及|与|以及)(?=(?:总|计划)?投资\d|\d+(?:\.\d+)?[千万亿]*元)")
# a list item that ends in its class (蠡县东220千伏、握扭庄（玉田）110千伏及东口110千伏输变电工程: 蠡县 2020) names no thing
# alone: the head after the list's last item (输变电工程) is every item's, and the figure before 的 the list's
_CLASS_AT_END = re.compile(r"\d+[\u4e00-\u9fffA-Za-z]{0,2}$")
_LIST_TO_HEAD = re.compile(r"[^，,；;。的]{1,60}?(?:项目|工程)")


def described_after(after: str) -> int:
    """Where the thing a money figure describes starts in the words after it (投资2亿元的X项目: 1; with another
    attribute between, 投资2.8亿元、总长66公里的X工程: after its 的); 0 when the figure describes nothing."""
    m = _DESCRIBED_AFTER.match(after)
    return m.end() if m else 0


def described_thing(after: str) -> str:
    """The thing a figure followed by 的 describes (投资2亿元的直隶黑猪养殖基地项目 -> 直隶黑猪养殖基地项目), up to
    the next break: a list's next item (、投资1亿元的…) is another thing, and what is said of it after its last
    项目/工程 (…传染病房楼项目竣工) is no part of it."""
    m = _DESCRIBED.match(after)
    thing = m.group(0) if m else ""
    if (joined := _NEXT_DESCRIBED.search(thing)) is not None:
        thing = thing[: joined.start()]
    if after[len(thing): len(thing) + 1] == "、" and _CLASS_AT_END.search(thing):
        listed = _LIST_TO_HEAD.match(after)
        if listed is None or "元" in listed.group(0):
            return ""  # (the items' head not said in the clause, or another sum of its own: no one thing)
        return listed.group(0)
    end = _THING_END.match(thing)
    if end:
        thing = thing[: end.end()]
    return thing if len(thing) >= 2 and not thing[0].isdigit() else ""


# 及时足额拨付1600万元就业补助资金 (博野县 2025), 下达2.3亿元衔接资金: money named right after its amount, a noun of
# funds that ends the clause (no verb after it: 投入3718万元，统筹推进… names nothing)
_FUNDS_AFTER = re.compile(r"[“”\u4e00-\u9fff]{0,14}?(?:资金|补助|补贴|奖补|贷款|债券|基金|经费|款项)(?=[，,；;。、）)]|$)")


def funds_after(after: str) -> str:
    """The funds a money figure measures when they are named right after it (拨付1600万元就业补助资金 ->
    就业补助资金); '' when the words after it are no noun of funds ending the clause."""
    m = _FUNDS_AFTER.match(after)
    return m.group(0) if m and len(m.group(0)) >= 3 and not m.group(0).startswith(("的", "用于", "和", "及", "与", "等")) else ""


# 了 after a verb of doing marks it done; in a name it says nothing (实施了省市重点项目 -> 实施省市重点项目), while 了
# after another word stays (育儿家庭每月多了300元, 县区通了新的高速公路). 了的 with nothing between is where the count
# stood (完成了5.38万人的搬迁 -> 完成搬迁)
_PARTICLE = re.compile(r"了(?:的(?=[\u4e00-\u9fff“]))?")


def without_particles(name: str, done: re.Pattern[str]) -> str:
    """A name without the particle 了 after its verbs of doing (`done`: 谋划了重大项目 -> 谋划重大项目, seed 004;
    建设了农村生活污水处理设施), nor the 了的 a count was cut out from (完成了的搬迁 -> 完成搬迁: 阜平县 2021)."""
    if "了" not in name:
        return name
    out, at = [], 0
    for m in _PARTICLE.finditer(name):
        k = m.start()
        if m.end() < len(name) and (done.fullmatch(name, max(0, k - 2), k) or done.fullmatch(name, max(0, k - 3), k)):
            out.append(name[at:k])
            at = m.end()
    return "".join(out) + name[at:] if out else name


_RANKED_IN = re.compile(r"在([^在]{2,24})[中上]")


def ranked_in(name: str) -> str:
    """The name of a rank given as the field it was ranked in (在全省营商环境评价中排名全市第二 -> 全省营商环境评价:
    洛龙区's seed 000, 徐水区 2024; 在资金投入和绿化面积上均位居全市第一位): the field without 在…中, as the analyst names it."""
    m = _RANKED_IN.fullmatch(name)
    return m.group(1) if m else name


_NOT_DESCRIBING = ("内", "之内", "后", "前", "/")


_CAPACITY_WORDS = ("年产", "年产能", "年处理", "年加工", "年屠宰", "年吞吐", "日处理", "日产", "日供水")


def describes_noun(after: str, continuations: tuple[str, ...], only_before: tuple[str, ...] = (),
                   before: str = "") -> bool:
    """Whether a size, capacity or age stands right before the noun it describes (35万千瓦光热电站, 10千伏线路,
    0-6岁残疾儿童, 总长66公里的工程, 4.5米水深航道), rather than being a figure of the words before it (达到30天, 30天内).
    `only_before`: the words (的, a dimension) only before which the family describes, none for any noun."""
    if not after:
        return False
    first = after[0]
    if first == "的" or first == "级":
        return True  # (30万吨级航道, 10万千瓦级: a class of the noun after)
    if only_before and not before.endswith(_CAPACITY_WORDS):
        # (宝迪公司年产5万吨有机肥厂建设完成: a capacity before the plant describes it, 的 or not; 4.5米水深航道: a
        # length before a dimension, a class of the channel)
        return after.startswith(only_before)
    return "\u4e00" <= first <= "\u9fff" and not after.startswith(continuations) and not after.startswith(_NOT_DESCRIBING)


def in_quoted_name(text: str, start: int, end: int) -> bool:
    """A number inside a short quoted name (落实“土十条”, “三个80%”要求, “8个100%”): the name's, no figure."""
    i = text.rfind("“", max(0, start - 8), start)
    if i < 0 or text.find("”", i, start) >= 0:
        return False
    k = text.find("”", end, end + 8)
    return k >= 0 and text.find("“", end, k) < 0


def counted_noun(after: str, unit: str, person_units: frozenset[str] | set[str],
                 measure_nouns: tuple[str, ...]) -> bool:
    """Whether the words right after a count are the noun it counts (新增9家国家卓越级智能工厂, 实施华建路西延等10条
    道路建设): they start at once with a character, and the unit is a counting word, not a person (4.3亿人公里,
    3925人享受…) nor a duration (1个工作日)."""
    if not after or unit in person_units or after.startswith(_AFTER_NOT_NOUN):
        return False
    return not after.startswith(measure_nouns)


def count_verb(rest: str, actions: frozenset[str] | set[str]) -> str:
    """What stands before a count-first figure, kept in its name: the verb (加快建设4个国家级渔港经济区), not the
    items the count sums up (完成龙泉关、天生桥、史家寨3个镇区大市政建设 -> 完成; 石嘴山先进材料等3个平台 -> '')
    nor a number describing the noun (加快推进总投资143.79亿元的66个项目 -> 加快推进)."""
    if rest.endswith("的"):
        m = _ATTRIBUTE_NUMBER.search(rest)
        if m:
            return rest[: m.start()]
    m = _COUNT_VERB_STOP.search(rest)
    if m is None:
        return rest
    tail = rest[rest.rfind("、") + 1:]
    if tail in actions:
        return tail  # 成立…指挥部、出台20条举措: the 、 parts clauses, the verb is after it
    head = rest[: m.start()]
    for k in range(len(head), 1, -1):  # the last action word before the first item ends the verb (2-3 characters)
        if head[k - 2: k] in actions or head[k - 3: k] in actions:
            return head[:k]
    return ""


def opening_verb(rest: str, verbs: frozenset[str] | set[str]) -> str:
    """The verb of doing that opens the items a count sums up, when it is none of the grammar's action words
    (新签约了文旅小镇、康养中心等4个文旅项目 -> 新签约, 消除桥园里、和苑等6处易积水点位 -> 消除): only at the start (with 新
    before it), a verb further on is an item's own (蕨麻智慧种植、…等5个项目); '' without a list before the count."""
    if not rest or "、" not in rest and "等" not in rest:
        return ""
    new = "新" if rest[0] == "新" else ""
    k = len(new)
    return next((rest[:k + n] for n in (3, 2) if rest[k: k + n] in verbs and len(rest) > k + n + 1), "")


def verb_after_manner(words: str, gap: str, verbs: re.Pattern[str]) -> str:
    """The words before a count-first figure with the verb the head reader took off after them (扎实 + 推进 of
    扎实推进28家矿山整合重组 -> 扎实推进; 圆满 + 完成, 积极 + 争取, 成功 + 创建, 改造 + 提升): `gap` is the text between
    the words and the number, kept when it is verbs of doing only (`verbs`: its group `verbs`, then 了 or a bound
    word before the number, 建成了, 推进近, which stay out); the words unchanged when the gap says more."""
    m = verbs.fullmatch(gap) if words and gap else None
    return words + m.group("verbs") if m else words


# a deadline read by pattern (3月底前, 6月底前, 2020年底前, 到2030年, 到年底): anywhere in a name it is the period's
DEADLINE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?前|(?:19|20)\d{2}年(?:底|末)?前|到(?:(?:19|20)\d{2}年)(?:底|末)?"
_NUMERAL_BEFORE = frozenset("0123456789一二三四五六七八九十两几多百千")


def without_time_words(name: str, times: re.Pattern[str], deeds: re.Pattern[str]) -> str:
    """A name without the time words that say when its deed is done (入园企业年底前完成主体建设 -> 入园企业完成主体建设,
    入园项目上半年实现投产 -> 入园项目实现投产, 上半年全部脱贫 -> 全部脱贫, 3月底前省级下放权限全部承接到位 -> 省级下放权限…):
    the figure's period says the year. `times` matches a time word (predicates.csv, role time) or a deadline
    (DEADLINE); a time word goes before a verb of doing or a manner word (`deeds`, matched right after it), a
    deadline (…前, 到…) anywhere. A time word after a numeral is part of a span (3年内) and stays, and so does one
    before a noun (上半年全县经济发展绩效: the half-year's measure); the name unchanged when less than two characters
    would be left."""
    out, at = [], 0
    for m in times.finditer(name):
        if m.start() and name[m.start() - 1] in _NUMERAL_BEFORE and not m.group(0)[0].isdigit():
            continue
        word = m.group(0)
        if word.endswith("前") or word.startswith("到") or deeds.match(name, m.end()):
            out.append(name[at: m.start()])
            at = m.end()
    if not out:
        return name
    shown = "".join(out) + name[at:]
    return shown if len(shown) >= 2 else name


# ------------------------------------------------------------------ a short phrase after another figure

@lexicon.derived
@lru_cache(maxsize=1)
def new_words() -> tuple[str, ...]:
    """The words that count the new ones of a period (新增, 净增, 新培育, 新建: count_sides.csv, side new), longest first."""
    return tuple(sorted({r["word"] for r in lexicon.read_rows(lexicon.DATA / "count_sides.csv") if r["side"] == "new"},
                        key=len, reverse=True))


_STOCK_WORDS = ("总数", "总量")  # (总投资, 总产值 of new projects or firms are theirs: 新增项目15个、总投资58亿元)


def without_new_words(name: str) -> str:
    """A name without the new-count word it opens with (新增省级“专精特新”中小企业 -> 省级“专精特新”中小企业)."""
    word = next((w for w in new_words() if name.startswith(w)), "")
    return name[len(word):] if word and len(name) - len(word) >= 2 else name


def new_word_opening(name: str, actions: frozenset[str] | set[str] = frozenset()) -> str:
    """The new-count word a name opens with before a thing of two characters at least (新入库规模以上工业企业 -> 新入库,
    新创建…: count_sides.csv, side new), '' if none: a list's verb as an action word is (新入库规模以上工业企业400家、
    限上批零住餐业经营主体600家 -> 新入库限上批零住餐业经营主体)."""
    if not name or name[0] not in _NEW_INITIALS():
        return ""
    word = next((w for w in new_words() if name.startswith(w) and len(name) >= len(w) + 2), "")
    if not word and name[0] == "新" and actions and (verb := leading_actions(name[1:], actions)):
        word = "新" + verb  # (力争新创建“精品村”11个、“示范村”22个: 新 and an action word)
    return word


@lexicon.derived
@lru_cache(maxsize=1)
def _NEW_INITIALS() -> frozenset[str]:
    return frozenset(w[0] for w in new_words())


@lexicon.derived
@lru_cache(maxsize=1)
def _new_word_before_number() -> re.Pattern[str]:
    words = "|".join(map(re.escape, new_words()))
    return re.compile(rf"(?:{words})(?=(?:超过|超|近|约|达到|达|共)?[\d一二三四五六七八九十两])")


def with_new_word_after(name: str, text: str, subject_end: int, end: int, actions: frozenset[str] | set[str]) -> str:
    """A thing counted whose new-count word is said after it, right before the number (企业参保新增845人, 持牌金融机构
    新增54家, 各项贷款新增1.91万亿元): the name carries the word (新增企业参保), else it reads as the stock. `subject_end`
    is where the thing ends in `text`, `end` where the figure ends: a figure further on (新增9个、累计达到79个: the
    total) is not the new ones'; a name that opens with an action of its own or holds a number (投资1.5亿元) stays."""
    m = _new_word_before_number().match(text, subject_end)
    if m is None or leading_actions(name, actions) or name.startswith(new_words()) \
            or any(c in "、，,；;" for c in text[m.end(): end]) or any(c.isdigit() for c in name):
        return name
    return m.group(0) + name


@lexicon.derived
@lru_cache(maxsize=1)
def _list_lead() -> re.Pattern[str]:
    """Words before a list's verb that are none of its items' (全年, 力争, 五年累计办理…: 办理 is the verb): a year, the
    words opening a clause (predicates.csv, role opening), and a plan's or a span's words and a scope."""
    return re.compile(rf"(?:(?:19|20)\d{{2}}年度?|{lexicon.alternation(lexicon.words_with('opening'))}|计划|先后"
                      r"|近?[一二三四五六七八九十两\d]{1,2}年(?:来|间)?|全[省市区县州旗])+")
_BOUND_GAP = frozenset(("", "超过", "超", "近", "约", "逾"))  # (between a thing and its number: no verb; 达到 says a stock)
_CLAUSE_ENDS = "，,；;。：:！？!?\n"
_LIST_SEPARATORS = ("、", "，", ",")
_CLAUSE_WINDOW = 240  # (a list's clause is shorter)


def list_verb(text: str, start: int, end: int, thing_end: int, actions: frozenset[str] | set[str],
              manner: re.Pattern[str] | None = None) -> str:
    """The verb a list of counts opens with, for a later item written without it (新增省科技型中小企业63家、高新技术
    企业13家、科技小巨人企业5家 -> 新增; 建成6座书院、3座博物馆 -> 建成; 五年累计办理人大代表建议78件、政协提案151件 ->
    办理): without it the item reads as the stock. The item is text[start:end] after a 、, its thing ending at
    `thing_end` (-1: the thing after the number, 3座博物馆); every item before it in the clause holds a number, and
    nothing but a bound word stands between the item's thing and its number (森林覆盖率达到30% after 完成造林5万亩: a
    verb of its own). '' when no such list."""
    sep = start if text[start: start + 1] in _LIST_SEPARATORS else start - 1
    while sep > 0 and text[sep] == "“":
        sep -= 1
    if sep <= 0 or text[sep] not in _LIST_SEPARATORS:
        return ""
    digit = next((k for k in range(sep + 1, end) if text[k].isdigit()), -1)
    if digit > 0 and text[digit - 1] in "[〔" and (note := _FOOTNOTE.match(text, digit - 1)):
        digit = next((k for k in range(note.end(), end) if text[k].isdigit()), -1)  # (“上云企业”[1]20家)
    gap = text[thing_end: digit] if 0 <= thing_end <= digit else text[sep + 1: digit].strip("“")
    if digit >= 0 and gap not in _BOUND_GAP and ("”" in gap or "[" in gap or "〔" in gap):
        gap = _FOOTNOTE.sub("", gap).strip("“”")  # (、“上云企业”[1]20家: the quote and the note's mark are no verb)
    if digit < 0 or gap not in _BOUND_GAP:
        return ""
    window = max(0, sep - _CLAUSE_WINDOW)  # (not the whole text back to its start, once per item: extract's speed bar)
    mark = max(text.rfind(c, window, sep) for c in _CLAUSE_ENDS)
    if mark < 0 and window > 0:
        return ""  # (a clause longer than the window: no list of counts)
    items = text[mark + 1: sep].split("、")
    if not all(any(c.isdigit() for c in item) for item in items):
        return ""
    if text[sep] != "、":
        # 新增高新技术企业3家、科技型中小企业35家，“上云企业”[1]20家 (博野县 2022): over a comma the list goes on only with
        # a named kind in quotes of the same kind as its last item (企业, 企业), its thing and its number alone (认定…
        # 中小企业4家，申报高新技术企业3家: 申报 is a verb of its own, which no word list tells)
        last = items[-1][: next((k for k, c in enumerate(items[-1]) if c.isdigit()), 0)].strip("“”")
        quoted = text[sep + 1: thing_end if thing_end > sep else digit]
        thing = quoted.strip("“”")
        if len(items) < 2 or not last or not thing or last[-1] != thing[-1] or not quoted.startswith("“"):
            return ""
    first = items[0]
    words = first[: next((k for k, c in enumerate(first) if c.isdigit()), len(first))]
    m = _list_lead().match(words)
    words = words[m.end():] if m else words
    manner = manner.match(words).end() if manner is not None and not words.startswith(_STATE_LEADS) else 0
    # (已建成的…分散养殖场269个、…86个: a state said of the first item's things, no deed of the list)
    verb = leading_actions(words[manner:], actions) or new_word_opening(words[manner:], actions)
    if not verb and 2 <= len(words) <= 4 and only_actions(words, actions):
        verb = words  # (建成6座书院: the verb alone before a count)
    return words[:manner] + verb if verb else ""  # (深度治理燃油锅炉8台、生物质锅炉29台: the manner goes with the verb)


# A list of counts and its verb, one home (issue 13 review). The rule: the verb a list of counts opens with is every
# later item's (改造老旧小区682个、老旧管网7912公里 -> 改造老旧管网). The walk asks next_item_name with the item
# before (its subject already named, so the verb goes on item after item); _emit asks list_item_verb for a level
# row whose item the walk left without it, reading the clause back in the text (past quotes, notes' marks, a comma
# of the same kind, a verb alone before a count: list_verb). Two sub-rules that are not the list's verb stand
# beside it: owned_kind_verb (人大's 建议) and aspect_of_first_item (an aspect alone).


def shared_quote(first: str, item: str) -> str:
    """The quoted qualifier the item before opens with when the item goes on as its noun does (建成“铸牢”教育示范学校
    304所、教育实践基地20个, 云南 2026: “铸牢”, both 教育…): the two share it; '' otherwise (“四好”农村公路100公里、
    桥梁5座: the bridges are no “四好” roads)."""
    if first[:1] != "“" or len(item) < 3 or item[:1] == "“":
        return ""
    close = first.find("”")
    return first[: close + 1] if 1 < close <= 8 and first[close + 1: close + 3] == item[:2] else ""


def next_item_name(first: str, item: str, first_named: bool, actions: frozenset[str] | set[str],
                   owned_kinds: tuple[str, ...], aspects: tuple[str, ...], aspect_words: frozenset[str] | set[str],
                   amount_words: tuple[str, ...] = ()) -> str:
    """The name of a list's item written right after the item before it (`first`, as named; `first_named`: a
    vocabulary name) over 、 or 和 (`item`, without the 和): done what the item before is (改造老旧小区682个、老旧管网
    7912公里 -> 改造老旧管网; 新建学校12所和养老院5个 -> 新建养老院); an item with a verb or a new-count word of its
    own stays; a word for the money of the things the item before counts (`amount_words`, name_grammar.csv amount_of:
    发放创业担保贷款120笔、金额1500万元 -> 发放创业担保贷款金额) is theirs. '' when the item keeps its own name."""
    if item in amount_words and not first_named and len(first) >= 3 and not aspect_of(first, aspects) \
            and not any(c.isdigit() for c in first):
        return first + item
    verb = leading_actions(first, actions)
    if not verb and (item in aspect_words or item.lstrip("总") in aspect_words):
        verb = ""  # (新开工117个重大项目、总投资1935.7亿元: the projects' sum, not one of new ones: no 新开工总投资)
    elif not verb:
        verb = new_word_opening(first, actions)
    if verb:
        if leading_actions(item, actions) or item.startswith(("新", *_STOCK_WORDS)):
            return ""  # (净增各类经营主体155万户、总量达474万户: the total is the stock: join_topic)
        return owned_kind_verb(first, item, verb, owned_kinds) + shared_quote(first[len(verb):], item) + item
    if not first_named and item in aspect_words:
        return aspect_of_first_item(first, item, aspects)
    return ""


_EACH_LEVEL = re.compile(r"^[^，,；;]{0,8}?各级(?:各类)?|^各类|^共")  # (省、市各级各类科技计划项目: of every level, the thing after)


def level_item_name(level: str, before: str, levels: tuple[str, ...], verbs: frozenset[str] | set[str],
                    manner: re.Pattern[str] | None = None) -> str:
    """The name of a level word alone as a part of what was counted before it (`before`, as named), which it names at
    that level: 创建省级电商示范企业1家、市级14家 -> 创建市级电商示范企业 (the level before replaced); 拥有森林公园24个，
    其中国家级1个 -> 国家级森林公园, 实施省、市各级各类科技计划项目522项，其中省级112项 -> 实施省级科技计划项目 (the level
    before the thing, after the verb; `levels` longest first). '' when what was counted before names no thing (a list,
    a number)."""
    for word in levels:
        k = before.find(word)
        if k >= 0:
            rest, verb = before[k + len(word):], before[:k]
            how = manner.match(verb).end() if manner is not None else 0  # (成功创建: the manner goes with the verb)
            verb = verb if leading_actions(before[how:], verbs) == verb[how:] else ""  # (全市省级以上…: no 全市)
            return verb + level + rest if len(rest) >= 2 and not any(c.isdigit() for c in rest) else ""
    lead = _list_lead().match(before)
    words = before[lead.end():] if lead else before
    verb = leading_actions(words, verbs)
    thing = words[len(verb):]
    if (each := _EACH_LEVEL.match(thing)) is not None:
        thing = thing[each.end():]
    if len(thing) < 2 or any(c.isdigit() or c in "、，,和及与" for c in thing):
        return ""
    return (verb if verb not in ("拥有", "共有", "现有") else "") + level + thing


def owned_kind_verb(first: str, item: str, verb: str, owned_kinds: tuple[str, ...]) -> str:
    """承办人大议案1件、建议53件 -> 承办人大建议: a kind whose owner the item before says (name_grammar.csv owned_kind:
    议案, 建议) takes the owner with the verb; else the verb alone."""
    if item in owned_kinds and first.endswith(owned_kinds) and len(first) > len(verb) + 2 and first[-2:] != item:
        return first[:-2]
    return verb


def aspect_of_first_item(first: str, item: str, aspects: tuple[str, ...]) -> str:
    """入园规模以上企业实现销售收入35.26亿元、利税5.06亿元 -> 入园规模以上企业实现利税: an aspect alone after an item
    with no verb of its own is of that item's thing. '' when the item before names no thing besides its aspect."""
    aspect = aspect_of(first, aspects)
    if not aspect or len(first) < len(aspect) + 3:
        return ""
    return first[: len(first) - len(aspect)] + item


def thing_of_first_item(first: str, item: str, aspects: tuple[str, ...]) -> str:
    """An aspect alone after an item, named with that item's thing: the aspect the item ends with (上市企业融资额、总市值
    -> 上市企业总市值), or a word that opens as the aspect does (碳排放权交易量、交易额 -> 碳排放权交易额); '' when the
    item names no thing of two characters besides it."""
    named = aspect_of_first_item(first, item, aspects)
    if named:
        return named
    k = len(first) - len(item)
    return first[:k] + item if k >= 2 and first[k: k + 2] == item[:2] and first[k:] != item else ""


def list_item_verb(name: str, text: str, start: int, end: int, thing_end: int, verbs: frozenset[str] | set[str],
                   manner: re.Pattern[str], actions: frozenset[str] | set[str]) -> str:
    """The verb of the list a level row's item (`name`, text[start:end], asked right after 、 or a comma) stands in when it
    has none of its own (新增…63家、科技小巨人企业5家 / 建成6座书院、3座博物馆 / 打掉恶势力团伙4个、渣痞团伙3个 /
    …科技型中小企业35家，“上云企业”[1]20家): list_verb. '' when the item is a word that names nothing (村, 启动实施:
    left to be dropped), opens with 新, or a verb of its own, after manner words too (`manner`: 成功创建)."""
    if len(name) < 2 or name.startswith("新") or leading_actions(name, actions) or only_actions(name, actions) \
            or leading_actions(name[manner.match(name).end():], verbs):
        return ""
    return list_verb(text, start, end, thing_end, verbs, manner)


def join_topic(topic: str, phrase: str, aspects: tuple[str, ...], levels: tuple[str, ...]) -> str:
    """(`aspects` and `levels` longest first.) The name of a short phrase that goes on from the subject of an earlier figure of the sentence (`topic`):

    - a total after a count of new ones is the stock, not more new ones (新增省级“专精特新”中小企业14家，总数达43家 ->
      省级“专精特新”中小企业总数): the new-count word, and the new ones listed before 等, stay with the count of them
    - a level word after 其中 is the topic at that level (省级以上企业技术中心 + 国家级 -> 国家级企业技术中心)
    - a parallel item takes the topic's aspect (粮油、食品类零售额 + 饮料类 -> 饮料类零售额), or stays itself when
      the topic has none: it is another thing, never part of the topic
    - an aspect word is of the topic's thing (粮食种植面积 + 总产量 -> 粮食总产量; 招商引资项目 + 投资)
    - words the two share are written once (本科上线 + 上线率 -> 本科上线率)."""
    if without_new_words(phrase) in _STOCK_WORDS:  # (新增有进出口实绩企业1357家、总数突破1万家: 新增 given to 总数 too)
        phrase, topic = without_new_words(phrase), without_new_words(topic)
        listed = topic.rfind("等")  # (新增黄石、咸宁、天门等全国文明城市12个，总数达到22个: the total is of them all)
        topic = topic[listed + 1:] if 0 < listed < len(topic) - 2 else topic
    if phrase in levels:
        for level in levels:  # (longest first)
            i = topic.find(level)
            if i >= 0:
                return topic[i:].replace(level, phrase, 1)
        return topic + phrase if len(topic) <= 8 else phrase
    aspect = next((a for a in aspects if topic.endswith(a) and len(topic) > len(a)), "")  # (longest first)
    thing = topic[: len(topic) - len(aspect)]
    if thing and not phrase.endswith(aspects) and phrase[-1] == thing[-1] and phrase != thing:
        return phrase + aspect  # 饮料类 after 粮油、食品类零售额; 股份制企业 after 国有控股企业增加值
    if aspect and phrase.lstrip("总") in aspects or phrase in aspects:
        return thing + phrase
    for k in range(min(len(topic), len(phrase) - 1), 1, -1):
        if topic.endswith(phrase[:k]):
            return topic + phrase[k:]
    if topic.endswith(_RATE_ENDS) and not phrase.endswith(_RATE_ENDS) or _ENDS_WITH_QUANTITY.search(topic):
        # 营业收入利润率13.5%，实现利润总额增长35.1% / 饮料酒10.7万千升、下降32.5%，水泥339.3万吨: no measure of a
        # rate, and a topic holding its own figure names no thing to go on with
        return phrase
    if phrase.startswith(_STATE_LEADS):
        return (thing or topic) + phrase  # 签约引进项目43个，总投资200亿元，已落地25个: the projects landed
    return topic + phrase


_RATE_ENDS = ("率", "比重", "比例", "占比")


# a count inside the words (45天签约…): no thing; a name (12345政务服务热线) or a size class (15人以上手工加工点) is one
_COUNT_IN_TOPIC = re.compile(r"\d[天人个户家亩万亿元所项条](?!以上)")


def names_a_thing(topic: str, verbs: frozenset[str] | set[str]) -> bool:
    """Whether the subject of a clause before is a thing an aspect word can be of (手工加工点, 建档立卡贫困人口医保):
    not a measure (空气质量优良天数比率), a number's words (45天签), a word of two characters (合格, 门类) or a clause
    with a verb in it (老旧小区完成改造提升已达标, 预计年消耗尾矿废渣实现)."""
    if len(topic) < 3 or topic[-1] in _MEASURE_LAST or "已" in topic or _COUNT_IN_TOPIC.search(topic):
        return False
    return not any(topic.find(v) > 0 for v in verbs if len(v) >= 2)  # (a leading verb, 新增, goes: the thing stays)
_STATE_LEADS = ("已", "未", "累计", "共")


def thing_of_topic(topic: str, aspects: tuple[str, ...], actions: frozenset[str] | set[str],
                   verbs: frozenset[str] | set[str]) -> str:
    """The thing the subject of an earlier figure names, for an aspect word written with a lead or manner word
    of its own (全年谋划实施总投资323亿元的重点项目82项，年度计划投资41亿元 -> 重点项目): the subject without the verb
    it opens with nor a figure describing it (总投资323亿元的); '' when what is left is no thing (names_a_thing) or
    a measure itself (计划总投资)."""
    k = topic.rfind("的")
    if k >= 0 and any(c.isdigit() for c in topic[:k]):
        topic = topic[k + 1:]
    thing = after_actions(topic, actions)
    if aspect_of(thing, aspects) or any(c.isdigit() for c in thing) or not names_a_thing(thing, verbs):
        return ""
    return thing
_ENDS_WITH_QUANTITY = re.compile(r"(?<!\d)\d{1,4}(?:\.\d+)?[^\d“”]{0,4}$")  # (12345政务服务热线…满意率: a name that holds a number)


# ------------------------------------------------------------------ a breakdown of the figure said before

# A sentence that opens by saying how the figure before it is broken down (分行业看，/ 从用途看，/ 按经济类型分，/
# 在规模以上工业中，/ 八大类消费中，): its items are parts of that figure and share its aspect, though the sentence
# does not repeat it (规模以上工业增加值增长7.3%。…分行业看，食品制造业增长9.8% -> 食品制造业增加值).
_BREAKDOWN_LEAD = re.compile(r"[ \t\u3000]*(?:分[^，,。；;：:\d]{1,8}看|从[^，,。；;：:\d]{1,10}看|按[^，,。；;：:\d]{1,8}分"
                             r"|在[^，,。；;：:\d]{2,12}中|[^，,。；;：:\d]{0,4}大类[^，,。；;：:\d]{0,6}中"
                             r"|[^，,。；;：:\d]{0,12}主要(?:工业)?产品(?:产量)?中)[，,：:]")
_MEASURE_LAST = frozenset("率额值量数价费入出口人比重例")


# 全年限额以上单位商品零售额中，/ 规上工业中，: the same without 在, when the words before 中 end with what is broken
# down (an aspect word of the grammar, or one of these wholes); 户籍人口中，or 过程中，open no breakdown
_WHOLE_LEAD = re.compile(r"[ \t\u3000]*([^，,。；;：:\d“”]{2,16})中[，,：:]")
_WHOLES = ("工业", "零售")


# 高新技术产品产量大幅增长，集成电路圆片增长19.2%，锂电池增长103.1% (山东 2026), 主要工业产品产量稳定增长，其中…: the
# products' output said to grow, with no figure of its own, opens a list of products, each one's output
_PRODUCTS_GREW = re.compile(r"[ \t\u3000]*([^，,。；;：:\d]{0,12}产品产量)(?:[^，,。；;：:\d]{0,4}?)(?:增长|提升|提高|增加)"
                            r"[，,：:](?:其中[，,：:]?)?")


def breakdown_lead(text: str, start: int, end: int, aspects: tuple[str, ...] = ()) -> str | None:
    """The lead of a sentence text[start:end] that opens with a breakdown (分行业看，, 在规模以上工业中，, 限额以上单位
    商品零售额中，, 主要产品产量稳定增长，), without its comma; None when it opens with none."""
    if m := _PRODUCTS_GREW.match(text, start, end):
        return m.group(1)
    m = _BREAKDOWN_LEAD.match(text, start, end)
    if m is None:
        whole = _WHOLE_LEAD.match(text, start, end)
        if whole and (whole.group(1).endswith(_WHOLES) or aspects and whole.group(1).endswith(aspects)):
            return whole.group(1)
        return None
    lead = m.group(0).strip(" \t\u3000，,：:")
    return lead[1:-1] if lead[:1] in "分从按在" else lead[:-1]  # 在限额以上单位商品零售额中 -> …零售额


# aspects too general to pass to the parts of a figure (用水总量…按水源分，地表水: no 地表水总量)
_GENERAL_ASPECTS = frozenset(("总量", "总数", "规模", "总规模", "增速"))


# totals whose parts are named with another word: 社会消费品零售总额…分城乡看，乡村284.88亿元 (乡村零售额); 全市规模工业企业
# 主要产品中，饮料酒10.7万千升 (饮料酒产量)
_PART_ASPECTS = (("零售总额", "零售额"), ("产品", "产量"), ("产品产量", "产量"))
_PART_ASPECT_TOTALS = tuple(total for total, _ in _PART_ASPECTS)


def aspect_of(name: str, aspects: tuple[str, ...]) -> str:
    """The aspect word a name ends with (规模以上工业增加值 -> 增加值, 居民消费价格 -> 价格), '' if none or a general
    one (总量). (`aspects` longest first.)"""
    if name.endswith(_PART_ASPECT_TOTALS):  # (one C call first: most names end in none)
        for total, part in _PART_ASPECTS:
            if name.endswith(total) and len(name) > len(total):
                return part
    hit = _ENDINGS.get(id(aspects))  # (_endings_of's own first test, made here: asked for every figure)
    endings = hit[1] if hit is not None and hit[0] is aspects else _endings_of(aspects)
    aspect = endings.longest(name) or ""
    if aspect == name:  # a name that is an aspect word itself: the longest aspect it ends with short of the whole
        aspect = endings.longest(name[1:]) or "" if len(name) > 1 else ""
    return "" if aspect in _GENERAL_ASPECTS else aspect


_ENDINGS: dict[int, tuple[tuple[str, ...], lexicon.Endings]] = {}


def _endings_of(aspects: tuple[str, ...]) -> lexicon.Endings:
    """The aspect words as a table of endings (a lookup per name, not a test per word: aspect_of runs per figure).
    Kept by the tuple's identity, not by lru_cache: a tuple does not keep its hash, so lru_cache would hash the
    few hundred aspect words again at every figure."""
    hit = _ENDINGS.get(id(aspects))
    if hit is None or hit[0] is not aspects:
        if len(_ENDINGS) >= 8:
            _ENDINGS.clear()
        hit = _ENDINGS[id(aspects)] = (aspects, lexicon.Endings(aspects))
    return hit[1]


# people counted by what they are, not parts of another count (全市现有中小学教职工7.19万人 after the pupils' parts)
_PEOPLE = ("职工", "人员", "员工", "农民工", "教师")
_NAME_WORDS = frozenset(("投资", "投入", "总投资", "投入资金", "规模"))  # (外商投资企业 names a kind of firm)


def with_breakdown_aspect(name: str, aspect: str, aspects: tuple[str, ...]) -> str:
    """An item of a breakdown named with the aspect of the figure it breaks down (食品制造业 + 增加值,
    教育文化娱乐 + 价格); a name that says a measure of its own (生活资料价格, 城镇人口, 出口额, 轻工业增速快于重工业)
    stays."""
    if not aspect or not name or len(name) > 18 or name[-1] in _MEASURE_LAST or name.endswith(aspects) \
            or aspect.endswith(_RATE_ENDS) or name.endswith(_PEOPLE) \
            or any(a in name for a in aspects if a not in _NAME_WORDS) \
            or any(c.isdigit() for c in name):
        return name
    if name.endswith(aspect[:2]):  # (商品零售: no 零售零售额; 中长期贷款 + 贷款余额: 中长期贷款余额)
        inner = next((a for a in aspects if len(a) < len(aspect) and aspect.endswith(a)
                      and name.endswith(aspect[: -len(a)])), "")
        return name + inner if inner else name
    return name + aspect


def with_whole_quotes(full: str, short: str, limit: int) -> str:
    """A long name cut to its last words (`short`, a suffix of `full`) never starts inside a quoted name: the cut
    moves back to the quote when the name stays within `limit` characters (100所“徐特立项目”学校, not “特立项目”学校),
    else past it."""
    cut = len(full) - len(short)
    if cut <= 0 or not full.endswith(short):
        return short
    opened = full.rfind("“", 0, cut)
    if opened < 0 or full.find("”", opened, cut) >= 0:
        return short
    if len(full) - opened <= limit:
        return full[opened:]
    closed = full.find("”", cut)
    rest = full[closed + 1:] if closed >= 0 else ""
    if rest[:1] == "等":
        rest = rest[1:]  # (“…，…”等系列文艺演出活动: 等 closes the list of titles, no part of the thing)
    return rest if len(rest) >= 2 else short


# ------------------------------------------------------------------ whose figure (column `subject`)

@lexicon.derived
@lru_cache(maxsize=1)
def _opening_run() -> re.Pattern[str]:
    """The words opening a clause (predicates.csv, role opening) at a subject's start: no one's name."""
    return re.compile(rf"^(?:{lexicon.alternation(lexicon.words_with('opening'))})+")


_CLASS_OF_FIRMS = ("企业", "单位", "法人", "个体工商户")
# 河北名舍、乐天凤凰、煤炭物流园等5个市重点项目 (阜平县 2013): 市 is the level of the projects counted (市重点项目), no city
# 省、市重点项目 (涞水 2020), 省市县重点项目 (山东 2026): the levels of the projects, no government's; 投资2.3亿元完成农村公路
# 建设 (曲阳 2021): a figure is no one's name; 每千人拥有… (昌都 2025): the base of a rate
_NOT_WHOSE = re.compile(r"(?:^|等)[\d一二三四五六七八九十两]+个[省市县区]$|^[省市县](?:[、和及]?[省市县])+$"
                        r"|^(?:总)?投资[\d.]+[万亿]*元$|^每[十百千万]")
# (国内游客总花费: domestic visitors, no other government; 国家制造业单项冠军: a level)
_NO_PLACE = frozenset(("国内", "境内", "国外", "境外", "城乡", "城镇", "农村", "乡村", "国家"))


# a section heading run into the sentence after it (十、科学技术和教育 科学技术 全市累计滚动培育…: 海口 2025's communiqué):
# the heading's words are no one's name; only the words after its last gap may be (三、对外开放 临港新片区新增…)
_HEADING_RUN_IN = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def subject_name(whose: str, own_words: frozenset[str] | set[str], verbs: frozenset[str] | set[str],
                 actions: frozenset[str] | set[str] = frozenset(), parts: tuple[str, ...] = ()) -> str:
    """Whose figure a row is (a project, a company, a sub-area, another place), or '' when the words found say
    no one else: the government's own place word (地区 in 阿克苏地区's communiqué; 全省 in a district's report is the
    province's and stays), a class of firms the statistics
    count (具有资质等级的总承包和专业承包建筑业企业: the government's own figure of its construction firms; but the
    government's own firms, `parts` such as 省属企业, are a part with figures of their own), a verb or a fragment
    (成为, 2.)."""
    heading = _HEADING_RUN_IN.match(whose)
    if heading:  # (全市累计滚动 after the heading: the government's own)
        rest = whose[heading.end():].split()
        last = rest[-1] if len(rest) > 1 else ""
        return "" if not last or last.startswith(tuple(own_words)) else subject_name(last, own_words, verbs, actions,
                                                                                     parts)
    if "[" in whose or "〔" in whose:
        whose = _FOOTNOTE.sub("", whose)  # (投资678万元的“四好农村路” [5]: the note's mark is no part of whose name)
    s = _opening_run().sub("", whose.strip(" \t\u3000，,、")).lstrip("共")
    if not s or len(s) <= 1 or s[0].isdigit() or s in own_words or s in verbs \
            or s in _NO_PLACE or _TIME_ONLY.match(s) or s.endswith(_CLASS_OF_FIRMS) and not s.endswith(parts) \
            or s[-1] in "量率" \
            or leading_actions(s, actions) or _NOT_WHOSE.search(s):
        return ""  # (救助城市, 货物周转量: what is done or measured, no one's name)
    return s


# items listed, then summed up by a count (索具、石油物探装备、汽车零部件三大主导产业): the count names them all
_SUMMED_ITEMS = re.compile(r"^(?:[^、，,“”]{1,12}、)+[^、，,“”]{1,12}?(?=(?:[一二三四五六七八九十两]|\d{1,2})(?:大|类|项|个|家|条|所))")


def without_summed_items(name: str) -> str:
    """A name without the items a count after them sums up (索具、石油物探装备、汽车零部件三大主导产业年产值 ->
    三大主导产业年产值)."""
    m = _SUMMED_ITEMS.match(name)
    return name[m.end():] if m and len(name) - m.end() >= 4 else name


def part_of_whole(name: str, total: str, actions: frozenset[str] | set[str]) -> str:
    """A part after 其中 that counts the whole's things at one stage (京津冀协同发展合作项目125项，其中洽谈项目46项 ->
    京津冀协同发展合作洽谈项目; 省外招商引资项目64个，…其中签约项目42个…；落地项目15个 -> 省外招商引资落地项目): the part
    ends with the whole's noun (项目, 企业, 机构: no measure) and says one word of its own (two characters: 洽谈, 落地),
    so it takes the whole's qualifier; without it the part reads as all such things. '' when the part is no such
    stage."""
    whole = after_actions(total, actions)
    if whole[-1:] in _MEASURE_LAST:
        return ""  # (空气质量优良天数比例…，其中优级天数比例: a measure's parts are levels of it, not stages of things)
    for part in (name, after_actions(name, actions)):  # (落地项目: 落地 is the stage, though a verb; 推进洽谈项目: 推进 goes)
        head = 0
        while head < min(len(whole), len(part)) and whole[-1 - head] == part[-1 - head]:
            head += 1
        if head >= 2 and len(part) - head == 2 and len(whole) - head >= 2 and not any(c.isdigit() for c in whole) \
                and "、" not in whole and part[-head] != "级":  # (世界级…: a level, pipeline's level_item_name, no stage)  # (医院、乡镇卫生院…，其中乡镇卫生院38个: a list's item, no stage)
            return whole[: len(whole) - head] + part
    return ""


PER_HEAD_TOTALS = ("可支配收入", "消费支出")  # a per-head total whose parts a communiqué lists (工资性收入, 食品烟酒支出)


def per_head_part(name: str, total: str) -> str:
    """A part of a per-head income or spending named with whose it is (农村牧区常住居民人均可支配收入… 从主要收入构成看，
    经营净收入9079元 -> 农村牧区常住居民人均经营净收入; 全体居民人均消费支出…，其中，食品烟酒支出 -> 全体居民人均食品烟酒支出);
    '' when the name is no such part."""
    if not total.endswith(PER_HEAD_TOTALS) or "人均" not in total or len(name) > 10 \
            or not name.endswith(("收入", "支出")) or name.endswith(PER_HEAD_TOTALS):
        return ""
    if "人均" in name:  # 农村居民人均消费支出…，其中烟酒食品类人均支出6345元: whose it is
        population = total[: total.index("人均")]
        return population + name if population and not name.startswith(population) else ""
    return total[: total.index("人均") + 2] + name


# a comparison base left at a name's end (实际使用外资比“十三五”时期, 水利投资分别比“十三五”时期, 营业收入较“十三五”末期): the
# period and qualifier say it, the name is what is compared
_COMPARISON_BASE = re.compile(r"(?:分别)?(?:比|较)(?:“?十[一二三四五六七八九]五”?(?:时期|期间|末期|末)?|上年(?:同期|末)?|去年(?:同期)?"
                              r"|(?:19|20)\d{2}年(?:末|底)?)$")


def without_comparison_base(name: str) -> str:
    """A name without a comparison base at its end (实际使用外资比“十三五”时期 -> 实际使用外资)."""
    m = _COMPARISON_BASE.search(name)
    return name[: m.start()] if m and m.start() >= 2 else name


def one_name_for_many(figures: list) -> set[int]:
    """The positions of phrase figures of a 分别 list that all got the same name (集采药品耗材品种分别增至945个, 牛羊出栏
    分别增长5.2%、1.9%, 城乡居民低保月均标准分别提高到798元、676元): figures of the same measure, period, kind and
    unit, said at the same place with different values, under one name that cannot tell them apart. No item of
    the list is named, so none is kept (docs/extract.md)."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(figures):
        if f.name_source == "phrase" and "分别" in f.evidence:
            groups.setdefault((f.indicator, f.measure, f.period, f.kind, f.unit, f.start, f.rank_scope), []).append(i)
    out: set[int] = set()
    for members in groups.values():
        if len(members) > 1 and len({figures[i].value for i in members}) > 1:
            out.update(members)
    return out


# ------------------------------------------------------------------ rates of the things counted before them

_RATE_ITEM_SEP = re.compile(r"、|及|和")


def listed_rates(phrase: str, rate_words: tuple[str, ...]) -> list[str]:
    """The rates a phrase lists under one figure (办复率、满意率均达100%; 办结率、走访率、满意率; 答复函规范率及代表委员
    满意率; 群众安全感综合满意率、法治建设群众综合满意率均超97%): two to four items, each ending with 率 and one at least
    with a rate word of the grammar (`rate_words`, name_grammar.csv aspects kept alone); [] when the phrase is no
    such list. Each rate is a figure of its own: one name for them all says neither."""
    if "率" not in phrase:
        return []
    parts = _RATE_ITEM_SEP.split(phrase)
    if not 2 <= len(parts) <= 4 or any(len(p) < 2 or p[-1] != "率" for p in parts) \
            or not any(p.endswith(rate_words) for p in parts):
        return []
    return parts


@lexicon.derived
@lru_cache(maxsize=1)
def _manner_lead() -> re.Pattern[str]:
    """Manner words opening a name before its verb (高质量, 全力: name_edges.csv manner; predicates.csv adverb)."""
    return re.compile(f"(?:{lexicon.alternation({*name_edges().get('manner', ()), *lexicon.words_with('adverb')})})*")


def things_of(names: list[str], actions: frozenset[str] | set[str], verbs: frozenset[str] | set[str]) -> str:
    """What a list of counts counted, as one thing a rate after it is of (办理人大代表建议54件、政协委员提案34件 ->
    人大代表建议、政协委员提案; 办理人大代表建议、政协委员提案54件 -> 人大代表建议、政协委员提案): the names without the verb
    they open with, once each, in the order said; '' when one of them names no thing (a number, a verb alone)."""
    out: list[str] = []
    for name in names:
        lead = _manner_lead().match(name).end()
        # (高质量办理人大代表建议395件、…: a manner word before the verb goes with it, 宁夏 2026)
        thing = after_actions(name[lead:] if lead and leading_actions(name[lead:], actions) else name, actions)
        thing = thing[: k] if (k := thing.find("全部")) >= 2 else thing  # (88件政协提案全部办复: what became of them)
        if not thing or thing in out:
            continue
        if any(c.isdigit() for c in thing) or only_actions(thing, actions):
            return ""
        out.append(thing)
    return "、".join(out)
