"""Whose figure a free phrase is when a named project, firm or park is its subject (issue 13, point 6: a figure of a
company, a project or a sub-area is marked in `subject`, not filed as the government's). The words are data
(data/entity_words.csv, and the grammar's place words)."""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from govreport.extract import lexicon
from govreport.extract.names.grammar import without_peoples

_NOT_A_NAME = re.compile(r"^[\d一二三四五六七八九十两几数“\"]*[\d一二三四五六七八九十两几数][个家项所座条批大]"  # 13个重点园区
                         r"|^[对为赴向与在由从将把仅及和、（(]|[的和及与]|[、，,]$")
# 加快园区…, 二是建立健全园区…: a verb or an item's number, no name
_NOT_A_NAME_START = re.compile(r"[一二三四五六七八九十]是|加快|加强|抓好|做好|建立|健全|完善|推进|推动|打造|围绕|依托|支持|引导|用于|全力|落实|共有|有")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_ITS_OWN = ("的", "为", "等", "和", "与", "及", "、", "之", "由", "从", "化")  # (…纳入集团化管理: no name)  # what cannot follow a subject's name (…公司为主的企业集团)


@lexicon.derived
@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], lexicon.Endings, tuple[str, ...], re.Pattern[str], tuple[str, ...]]:
    """(a name ending with an entity or place word and what follows it, the entity words as endings, the class
    words, a park's name opening a sentence, the marks of the park's figures)."""
    from govreport.extract.names import load_grammar

    places = {r.word for r in load_grammar().of("place")}
    entity = set(_by_role().get("entity", ())) | places
    parks = set(_by_role().get("park", ())) | places
    named = re.compile(rf"(?P<entity>.{{2,30}}(?:{lexicon.alternation(entity)}))(?P<rest>.+)")
    opening = re.compile(rf"[\s“”\"]*(?P<park>[\u4e00-\u9fff·（）()]{{2,20}}?(?:{lexicon.alternation(parks)}))"
                         r"(?![\u4e00-\u9fff]{0,2}(?:内|中|[、和与及]))")
    return named, lexicon.Endings(entity), _by_role().get("class", ()), opening, _by_role().get("mark", ())


@lexicon.derived
@lru_cache(maxsize=1)
def _entity_last() -> frozenset[str]:
    """The last characters of the entity and place words named_entity's pattern ends its entity with."""
    return _words()[1].last_chars


@lexicon.derived
@lru_cache(maxsize=1)
def _by_role() -> dict[str, tuple[str, ...]]:
    """entity_words.csv's words by role (entity, park, class, mark, zones, areas, counts, product), in file order:
    the file read once."""
    out: dict[str, list[str]] = {}
    for r in lexicon.read_rows(lexicon.DATA / "entity_words.csv"):
        out.setdefault(r["role"], []).append(r["word"])
    return {role: tuple(words) for role, words in out.items()}


def entity_words(role: str) -> tuple[str, ...]:
    """The words of one role of entity_words.csv, as listed: zones (开发区, 园区 …), trade (养猪, 养鸡 …), agreement
    (协议, 合同, 意向 …), areas (城镇, 乡镇, 脱贫县 …: kinds of the government's own areas, which a place word may end
    though they name no place of anyone else's) …"""
    return _by_role().get(role, ())


@lexicon.derived
@lru_cache(maxsize=16)
def _role(role: str) -> frozenset[str]:
    return frozenset(_by_role().get(role, ()))


def named_entity(name: str, doing: re.Pattern[str], unit: str = "") -> str:
    """The named project, firm or park a free phrase opens with, when what follows is its own figure's words
    (三棵树公司纳税 -> 三棵树公司, 枢纽港产业园新签约产业项目 -> 枢纽港产业园), else ''. `doing`: the verbs of things done
    (periods); a name followed by verbs alone (重大项目开工 390个) or by 累计/总数 counts the projects themselves, one
    followed by more of a name (河南省君恒实业集团生物科技有限公司) is a name only, and a
    class of them (重点项目完成投资, 上市公司总市值, 保险公司保费收入, 13个重点园区…) is the government's own total.
    `unit`: the figure's; a name followed by verbs alone whose figure is in another unit than a count of such things
    (6栋猪上楼项目投产运营: the project's buildings) is that one's figure."""
    named, endings, classes, _, _ = _words()
    product = _product().match(name)
    if product and len(name) - product.end() >= 2:
        return product.group(0)  # “晋华炉”煤气化系列产品全国市场占有率: the product's, named in quotes
    described = name.rfind("的")
    if described > 0 and any(ch.isdigit() for ch in name[:described]):
        name = name[described + 1:]  # 投资18亿元的石龙山生态旅游度假村项目完成投资: the project, described
    if "工程" in name and (work := _NAMED_WORK.fullmatch(name)):
        # 南拒马河防洪工程6个标段顺利开工, 恒山路强弱电入地工程完成投资…: a work named after its road, river or bridge is
        # one project (工程 alone ends classes and campaigns too: 水利工程, 建筑工程产值, 文化惠民工程)
        whose = _own_figure(work.group("entity"), work.group("rest"), doing, unit, endings, classes)
        if whose:
            return whose
    if _entity_last().isdisjoint(name[2:-1]):
        return ""  # (no entity word ends where the pattern's would, after two characters and before one: most phrases)
    m = named.fullmatch(name)
    if m is None:
        return ""
    whose = _own_figure(m.group("entity"), m.group("rest"), doing, unit, endings, classes)
    if whose:
        return whose
    # 装配式建筑产业园3个入园项目上半年实现投产 (阜平县 2020), 北京公交智造产业园新能源汽车零部件生产基地项目开工11万平方米
    # (涞水县 2020): when the longest name is no one's (its projects counted, or a class), a park or firm named inside
    # it, whose figure the rest is, is
    last = _entity_last()
    if last.isdisjoint(name[2: len(m.group("entity")) - 1]):
        return ""  # (the loop's first test fails at every k: most names hold no entity word's last character inside)
    for k in range(len(m.group("entity")) - 1, 2, -1):
        # (never inside a longer word, 产业园 of 循环经济产业园区, nor over a list of names: 、)
        if name[k - 1] in last and (word := endings.longest(name[:k])) and k - len(word) >= 2 \
                and not endings.longest(name[:k + 1]) and "、" not in name[:k]:
            whose = _own_figure(name[:k], name[k:], doing, unit, endings, classes)
            if whose:
                return whose
    return ""


# (河南省工程技术研究中心: 河 of a province's name, and a verb of having, open no work's name)
_NAMED_WORK = re.compile(r"(?!拥有|现有|共有)(?P<entity>[\u4e00-\u9fff]{1,6}?(?:路|街|大道|河(?![南北])|桥|渠)"
                         r"[\u4e00-\u9fff]{2,12}?工程)(?P<rest>.+)")


def _own_figure(entity: str, rest: str, doing: re.Pattern[str], unit: str, endings: lexicon.Endings,
                classes: tuple[str, ...]) -> str:
    """named_entity for one reading of a phrase as a name (`entity`) and its figure's words (`rest`)."""
    done = doing.match(entity)
    if done:
        # 投资280万元，完成南邑中学宿舍楼项目建设 (博野县 2022): the project the verbs are done to, when a proper name
        # opens it (no word of the language: not 完成城市更新项目投资, a class of them, nor 完成…等红色教育基地项目)
        while done and len(entity) - done.end() > 4:
            entity = entity[done.end():]
            done = doing.match(entity)
        if done or not _HAN.match(entity) or not _unknown_start(entity):
            return ""
    if len(rest) < 2 or rest.startswith(_NOT_ITS_OWN) or endings.longest(rest) and not doing.search(rest) \
            or not _a_name(entity, endings, classes) \
            or not doing.sub("", rest).strip("了已全面正式顺利有序加快稳步基本实现") and (not unit or unit in entity_counts()) \
            or not rest.strip("累计总数量个合共达"):
        return ""
    return entity


@lexicon.derived
@lru_cache(maxsize=1)
def _brand_and_trade() -> re.Pattern[str]:
    """Two characters, then a trade said as a verb and its object (养猪, 养鸡: entity_words.csv trade), then more."""
    return re.compile(rf"(?P<brand>[\u4e00-\u9fff]{{2}})(?:{lexicon.alternation(entity_words('trade'))})(?=..)")


def firm_by_trade(name: str, doing: re.Pattern[str]) -> str:
    """宝迪养猪年出栏 -> 宝迪 (涞源县 2022): a firm's brand before the trade it is known by (养猪, 养鸡 …), when the two
    characters before the trade are no word of the language (生猪养殖, 规模养殖 are the government's) nor a verb
    (再建); '' otherwise."""
    m = _brand_and_trade().match(name)
    if m is None or doing.search(m.group("brand")) or not _unknown_start(m.group("brand")):
        return ""
    return m.group("brand")


def park_of_paragraph(text: str, start: int, sentence_start: int, sentence_end: int) -> str:
    """The park a sentence's figure is of, when the sentence says so (入园在建项目5个) and an earlier sentence of its
    paragraph opens with a park's name (…产业园区被市政府确定为…); '' otherwise."""
    _, endings, classes, opening, marks = _words()
    if not any(text.find(mark, sentence_start, sentence_end) >= 0 for mark in marks):
        return ""
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    park = ""
    for m in re.finditer(r"[^。！？!?\n]+", text[paragraph:sentence_start]):
        opened = opening.match(m.group(0))
        if opened and _a_park(opened.group("park"), endings, classes):
            park = opened.group("park")
    # 现代工业园区升级为市级产业园区，入驻项目20个 (阜平县 2013), …，房涞扶贫产业园一期基本具备“拎包入住”条件，大唐融合、
    # 大由大等5家企业签约入驻 (涞水县 2020): a clause of the sentence before the figure's may open with the park
    for m in re.finditer(r"[^，,；;]+", text[sentence_start:start]):
        opened = opening.match(m.group(0))
        if opened and _a_park(opened.group("park"), endings, classes):
            park = opened.group("park")
    return park


# a verb of the government's work inside the words before a park word (下大力抓好徐水经济开发区的推介, 优化园区管理: 徐水县
# 2011, 2019): what is done to a park, no park's name
_WORK_ON = re.compile(r"抓好|做好|加快|加强|推进|推动|打造|围绕|依托|支持|引导|落实|建立|健全|完善|优化|提升|吸引|下大力")


def _a_park(park: str, endings: lexicon.Endings, classes: tuple[str, ...]) -> bool:
    return _a_name(park, endings, classes) and not _WORK_ON.search(park)


def _a_name(entity: str, endings: lexicon.Endings, classes: tuple[str, ...]) -> bool:
    """大王店产业园区, 三棵树公司: one named, not a class (重点项目, 园区开发区) or a phrase (加快园区, 二是建立健全园区)."""
    from govreport.extract.periods import done_words

    own = entity[: len(entity) - len(endings.longest(entity) or "")]
    return len(own) >= 2 and not _NOT_A_NAME.search(own) and not _NOT_A_NAME_START.match(own) \
        and len(own) - len(endings.longest(own) or "") >= 2 and not any(word in own for word in classes) and not done_words().search(own)


@lexicon.derived
@lru_cache(maxsize=1)
def _clause_opening() -> tuple[lexicon.Endings, frozenset[str]]:
    """(the last words of projects', firms', parks', sub-areas' and institutions' names as endings, their last
    characters)."""
    from govreport.extract.names import load_grammar

    words = ({r.word for r in load_grammar().of("place")} | set(_by_role().get("entity", ()))
             | set(_by_role().get("park", ())) | set(_by_role().get("institution", ()))) - set(_by_role().get("wide", ()))
    endings = lexicon.Endings(words)
    return endings, endings.last_chars


_NAME_CHARS = re.compile(r"[\u4e00-\u9fff·（）()“”]+")


# what a clause goes on to say of a place or project it opens with when it is the government's work on it (现代农业园区
# 建设稳步推进, 能源绿色低碳转型示范区加快建设): the figures after it are the government's, no one's of that name
_BUILT_BY_GOVERNMENT = re.compile(r"(?:[\u4e00-\u9fff]{2})?建设|(?:加快|加速|稳步|全面|深入|扎实)?推进")
# a name that says whose it is, or counts new things, or the government's work: it names its own thing
_A_DIGIT = re.compile(r"\d")
_NEW_THINGS = ("新增", "新建", "新开", "新上", "新签", "新设", "新引进", "新培育")


def clause_owner(clause: str) -> str:
    """The project, firm, park, sub-area or institution a clause without a figure opens with, when the clause says
    what it did or became (县城工业园区2008年列入省级产业聚集区, 玖兴肉鸡联建片区建成投产, 城西污水处理厂投入运行, 博野中学
    高考成绩再创新高, 第三届进口博览会安全、精彩、富有成效), else '': not one of a list (…、…), a class (现代农业示范
    园区, 重点项目), the government's building of it (现代农业园区建设稳步推进), a verb opening it (加快大王店园区…), nor a
    wide region (沿海经济带, entity_words.csv wide: the government's own territory)."""
    endings, last = _clause_opening()
    clause = clause.lstrip(" \t“”\"")
    if len(clause) < 4 or last.isdisjoint(clause[2:26]):
        return ""  # (most clauses hold none of the words' last characters near their start)
    # the shortest name ending with such a word (a loop over the characters, not a pattern: asked for every sentence
    # opening a clause of its own)
    k = next((k for k in range(3, min(len(clause), 26) + 1) if clause[k - 1] in last and endings.longest(clause[:k])), 0)
    if not k or clause[k:k + 1] in ("", "、", "和", "与", "及", "等", "的") or not _NAME_CHARS.fullmatch(clause, 0, k):
        return ""
    name, rest = clause[:k], clause[k:]
    for _ in range(3):  # (大王店产业园 + 区: the longest word ending there, 产业园区)
        longer = endings.longest(name + rest[:1]) if rest else None
        if not longer or len(longer) < 2:
            break
        name, rest = name + rest[0], rest[1:]
    name = name.strip("“”")
    if _BUILT_BY_GOVERNMENT.match(rest) or _WORK_ON.match(name) or _MANNER_START.match(name) \
            or name.startswith(entity_words("work")) or not _a_name(name, endings, _words()[2]):
        return ""
    return name


def facility_of_place(name: str, place: str) -> str:
    """西安咸阳国际机场旅客 -> 西安咸阳国际机场, 长沙机场旅客年吞吐量 -> 长沙机场: the airport or port a free phrase names
    right after the place it opens with (a facility word of entity_words.csv institution, or 港), when its figure
    follows; '' otherwise."""
    words = tuple(w for w in entity_words("institution") if w in ("机场", "港口")) + ("港",)
    m = re.match(rf"[\u4e00-\u9fff]{{0,8}}?(?:{lexicon.alternation(words)})", name[len(place):]) \
        if name.startswith(place) else None
    if m is None or len(name) - len(place) - m.end() < 2 or name[len(place) + m.end()] in "和与及、等":
        return ""
    return place + m.group(0)


def owns_nothing(name: str) -> bool:
    """A figure's name that says nothing of whose it is (主营业务收入, 年出栏, 日处理能力, 基础设施建设累计投资, 按一年计累计
    意向成交): no project, firm, park or place word in it, no number, no count of new things (新增床位: the
    government's) nor the government's work opening it."""
    endings, last = _clause_opening()
    if not name.isalpha() and _A_DIGIT.search(name) or name.startswith(_NEW_THINGS) or _WORK_ON.match(name) \
            or _MANNER_START.match(name):
        return False
    if last.isdisjoint(name):
        return True
    return not any(endings.longest(name[:k]) for k in range(2, len(name) + 1) if name[k - 1] in last)


def park_marks() -> tuple[str, ...]:
    """入园, 园区内 ...: the words saying a figure is of the park named before (park_of_paragraph)."""
    return _words()[4]


_ALL_OF = re.compile(r"^(?:全省|全市|全区|全县|全州|全盟|各类|各级|各|全部|所有)")


def all_zones(whose: str, level: str | None) -> bool:
    """开发区 in a province's report, 各开发区, 全市园区, 省级园区, 脱贫县: all of the government's parks or areas of a
    kind, a class whose figure is the government's own on a part of it (not one park's); 开发区 in a county's report
    is its one park."""
    m = _ALL_OF.match(whose)
    kind = whose[m.end() if m else 0:]
    if kind in _role("areas"):
        return True  # 脱贫县, 脱贫地区: a kind of the government's own areas
    if kind in _role("zones"):
        return m is not None or level == "province"
    # 省级园区规模工业企业增加值 (益阳 2025 communiqué): a class of parks (entity_words.csv class) in any report
    zone = max((z for z in _role("zones") if kind.endswith(z)), key=len, default="")  # (大王店产业园区: 产业园区, no class)
    return bool(zone) and any(word in kind[: -len(zone)] for word in _words()[2])


def county_zone(name: str, phrase: str, level: str | None) -> str:
    """The zone a free phrase of a county's report opens with, written alone (开发区主营业务收入, 园区产值: the
    county's one 开发区 or 园区, entity_words.csv zones), when `phrase`, as written, opens with it too; '' otherwise,
    in any other government's report (a province's or a city's 开发区 may be all of them), or when the zone is all the
    phrase says or a list of zones opens it (开发区和工业园区)."""
    zones = entity_words("zones")
    if level != "county" or not name.startswith(zones):
        return ""
    zone = max((z for z in zones if name.startswith(z)), key=len)
    if len(name) - len(zone) < 2 or not phrase.startswith(zone) or name[len(zone)] in "和与及、等内外" \
            or name.startswith(zones, len(zone)):
        return ""
    return zone


@lexicon.derived
@lru_cache(maxsize=1)
def _said_of() -> re.Pattern[str]:
    """What a clause goes on to say of a project it describes (entity_words.csv said), or a deadline (6月底前)."""
    words = lexicon.alternation(entity_words("said"))
    return re.compile(rf"(?:{words})|[\d一二三四五六七八九十]+月(?:底|末|份)?前")


def without_what_is_said(thing: str) -> str:
    """投资3.87亿元的中国雪上运动学院即将开工建设 -> 中国雪上运动学院: the described project named without what the
    clause goes on to say of it (即将, 建成投训, 投入使用 ...: entity_words.csv said); the thing itself when nothing
    is said after at least two characters of it, or when its name ends with 项目/工程/基地 (names.phrases.described_thing
    cut it there: 职教中心标准化建设主体工程 is all a name)."""
    if thing.endswith(("项目", "工程", "基地")):
        return thing
    m = _said_of().search(thing, 2)
    return thing[: m.start()].rstrip() if m else thing


def entity_counts() -> frozenset[str]:
    """个, 项, 家 ...: units counting projects, firms or parks themselves."""
    return _role("counts")


@lexicon.derived
@lru_cache(maxsize=1)
def _product() -> re.Pattern[str]:
    """A product named in quotes, then its kind (“晋华炉”煤气化系列产品)."""
    words = _by_role().get("product", ())
    # (“新三样”产品, “两品一标”产品: kinds named by a slogan, with a number in it, are no product of one maker)
    return re.compile(rf"“(?![^”]*[一二三四五六七八九十两百千万])[\u4e00-\u9fff]{{2,8}}”[\u4e00-\u9fff]{{0,8}}?(?:{lexicon.alternation(words)})")


@lexicon.derived
@lru_cache(maxsize=1)
def _facility_after() -> re.Pattern[str]:
    """A plant's or project's name right after a figure, up to its last word (entity_words.csv facility), within the
    clause: 60万吨赖氨酸等项目, 50万吨饲料厂."""
    words = lexicon.alternation(_by_role().get("facility", ()))
    # (青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目: a list of plants, each with its size, before 等)
    return re.compile(rf"[^，,；;。、的\d]{{1,14}}?(?:等[^，,；;。、的\d]{{0,4}}?)?(?:{words})"
                      rf"|[^，,；;。、的\d][^，,；;。]{{0,40}}?等[^，,；;。、的\d]{{0,4}}?(?:{words})")


def sizes_a_facility(after: str) -> bool:
    """Whether a capacity in tons stands right before the name of the plant or project it sizes (50万吨饲料厂,
    120万吨乙烯转型升级项目), so that it is that plant's size, no figure of its own."""
    return bool(after) and _facility_after().match(after) is not None


def short_name(name: str, named_before: list[str]) -> str:
    """A firm's or project's short name opening a free phrase, after its full name gave an earlier figure of the
    document its subject (玖兴450栋鸡舍全部建成投用 after 玖兴肉鸡养殖项目累计建成鸡舍401栋: 玖兴), else ''. The
    short name is what the phrase shares with the start of the full one; it is a name only when no word of the
    language opens it (jieba's dictionary: 县城 of 县城工业园区, 城乡, 今明, 华夏 are words, so a phrase that
    opens like that says nothing of whose it is)."""
    # (only a full name opening with the phrase's first two characters can share two or more: the others are not
    # compared character by character)
    head = name[:2]
    best = max((commonprefix((full, name)) for full in named_before if full[:2] == head), key=len, default="") \
        if len(head) == 2 else ""
    if len(best) < 2 or len(best) >= len(name) - 1 or best in named_before or not _HAN.fullmatch(best) \
            or not _unknown_start(best):
        return ""
    return best


def _unknown_start(prefix: str) -> bool:
    """No word of jieba's dictionary (two characters or more) opens `prefix`."""
    from govreport.extract.segment import jieba_in_use

    tokenizer = jieba_in_use().tokenizer
    freq = tokenizer.FREQ
    fill = getattr(freq, "fill", None)
    if fill is not None:
        fill(prefix)
    return not any(freq.get(prefix[:k]) for k in range(2, len(prefix) + 1))


# what a division's name ends with, the longest first (自治州 before 州 ...: 州 alone is part of most city names)
_DIVISION_SUFFIXES = ("自治州", "自治县", "自治旗", "地区", "林区", "新区", "市", "盟", "县", "区", "旗")


def division_short_name(name: str) -> str:
    """张家界市 -> 张家界, 浦东新区 -> 浦东, 恩施土家族苗族自治州 -> 恩施, 和田地区 -> 和田; '' when less than two
    characters would be left (唐县, 城区)."""
    suffix = next((s for s in _DIVISION_SUFFIXES if name.endswith(s)), "")
    short = name[: len(name) - len(suffix)]
    if suffix.startswith("自治"):
        short = without_peoples(short)
    return short if suffix and len(short) >= 2 else ""


@lexicon.derived
@lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """place_names.csv: (province code -> its region words, the short names that are words of the language)."""
    regions: dict[str, list[str]] = {}
    words = set()
    for r in lexicon.read_rows(lexicon.DATA / "place_names.csv"):
        if r["role"] == "region":
            regions.setdefault(r["province"], []).append(r["word"])
        elif r["role"] == "word":
            words.add(r["word"])
    return {p: tuple(w) for p, w in regions.items()}, frozenset(words)


@lru_cache(maxsize=64)
def places_below(code: str, level: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names, written without their suffix, of the places below the government of `code` at `level` (province:
    its prefectures, a municipality its districts, and the province's regions of place_names.csv; prefecture: its
    districts and counties), and their first two characters (most phrases open with none: one look-up); only those
    that one division alone has, that are no word of the language (place_names.csv) and that are not the
    government's own short name (吉林市 in 吉林省's report)."""
    from govreport.clean.gazetteer import load_gazetteer, short_name

    digits = {"province": 2, "prefecture": 4}.get(level, 0)
    if not digits or len(code) != 6:
        return frozenset(), frozenset()
    below, wanted = code[:digits], {"province": "prefecture", "prefecture": "county"}[level]
    regions, words = _place_names()
    gazetteer = load_gazetteer()
    mine = [d for d in (gazetteer.by_code.get(code[:2] + "0000"), gazetteer.by_code.get(code)) if d is not None]
    own = {short_name(d.name) for d in mine} | {division_short_name(d.name) for d in mine}
    if level == "province" and not any(d.current and d.level == wanted and d.code.startswith(below)
                                       for d in gazetteer.by_code.values()):
        wanted = "county"  # 上海, 北京, 天津, 重庆: districts right below the city (浦东新区)
    found: dict[str, set[str]] = {}
    for d in gazetteer.by_code.values():
        if d.current and d.level == wanted and d.code.startswith(below) and d.code != code:
            short = division_short_name(d.name)
            if short:
                found.setdefault(short, set()).add(d.code)
    names = {s for s, codes in found.items() if len(codes) == 1 and s not in words and s not in own}
    names.update(regions.get(code[:2], ()))
    return frozenset(names), frozenset(n[:2] for n in names)


def place_opening(name: str, code: str, level: str) -> str:
    """The short name of a place below the government of `code` that a free phrase opens with as a word of its own
    (张家界入境游客 -> 张家界, 南疆高校在校生 -> 南疆, not 长治久安…: 长治 is no word of that phrase), else ''."""
    places, starts = places_below(code, level)
    if name[:2] not in starts:
        return ""
    short = next((name[:n] for n in range(min(len(name) - 1, 6), 1, -1) if name[:n] in places), "")
    if not short:
        return ""
    from govreport.extract.segment import jieba_in_use

    words = jieba_in_use().tokenizer.lcut(name[: len(short) + 8], HMM=False)
    if not words or words[0] != short:
        return ""
    if len(words) > 2 and words[1] in places and words[1] != short:
        return short + words[1]  # 宁波舟山港集装箱吞吐量: the port of two cities, both
    return short


# a word opening what a figure is done towards, no one's name (对东盟国家进出口额: 南宁 2025, trade with a partner)
_TOWARDS = ("对", "为", "向", "与", "由", "从", "将", "把", "赴")
# a quoted name opening with a numeral or holding digits: a campaign's slogan (“新三个一”工程, 前六期“三个一批”项目, “四好农村路”), the
# government's own programme of projects, no one project
_SLOGAN = re.compile(r"“(?:新|前)?[一二三四五六七八九十两百千万\d]|“[^”]*\d")  # (not “红十字博爱卫生站”)
# a manner word or a verb of the government's work opening the words (全力支持服务雄安新区: the sentence's topic, what the
# government does, no one's name)
_MANNER_START = re.compile(r"全力|深入|积极|大力|着力|持续|扎实|稳步|全面|进一步|坚持|努力|主动|支持|服务|做好|抓好")
_MONEY_FIGURE = re.compile(r"\d[\d.]*[万亿]*元")
_LEVELS = "省市县区级国家、和及"


def not_whose(whose: str) -> bool:
    """Words found where whose a figure is stands that name no company, project, park or place (issue 13, point 6):
    a fragment ending in 的 or holding a sum of money (凯隆亿盛和投资2.54亿元的华悦鞋服项目: two projects run together),
    a word of what the figure is done towards (对东盟), a word that is never anyone's (entity_words.csv none: 合同 of
    合同利用外商直接投资, 国际及地区, 成为), a class of projects named by level and class words
    alone (省重点项目, 省市重点项目, 重大项目, 招商引资项目: the government's own programme), a campaign's slogan
    (“新三个一”工程), or the government's work opening the words (全力支持服务雄安新区, 整改违建别墅项目: entity_words.csv
    work) or a kind of its own areas (城乡环卫一体化项目: areas)."""
    if whose.endswith("的") or _MONEY_FIGURE.search(whose) or whose.startswith(_TOWARDS) or whose in _role("none"):
        return True
    if _MANNER_START.match(whose) or _WORK_ON.match(whose) or whose.startswith(entity_words("work")) \
            or whose.startswith(entity_words("areas")):
        return True  # (全力支持服务雄安新区: the government's work for a place, no one's name)
    if _SLOGAN.search(whose) or whose.count("(") != whose.count(")") or whose.count("（") != whose.count("）"):
        return True  # (县(市: a bracket cut)
    _, endings, classes, _, _ = _words()
    ending = endings.longest(whose)
    if not ending:
        return False
    own = whose[: len(whose) - len(ending)]
    if not own:
        return False  # (开发区, 园区 alone: a county's one zone, decided where it is found)
    changed = True
    while own and changed:
        changed = False
        stripped = own.lstrip(_LEVELS)
        if stripped.startswith(classes):  # (a first test: most words open with no class word, and the loop then strips none)
            for word in classes:
                if stripped.startswith(word):
                    stripped = stripped[len(word):]
        changed, own = stripped != own, stripped
    return not own


# a row of a table or list of projects (附件 重点项目表, 十大工程进展情况): a line opening with an item's number, then the
# project's name and a cell or a colon, then its figures (1 | 安国市数字中药都建设项目 | 土地收储350亩，建筑面积18万平方米;
# 1.XX建设项目：…)
_ROW_PROJECT = re.compile(r"\n[ \t\u3000]*[（(]?[\d一二三四五六七八九十]{1,3}[）)]?[.、．]?[ \t\u3000]*"
                          r"(?:[|｜][ \t\u3000]*)?"
                          r"(?P<project>[^|｜：:，,。；;、\s\d]{2,40}?(?:项目|工程))[ \t\u3000]*[|｜：:]")


# a table whose cells stand on lines of their own (安国市 2022, 附件1 十大工程: `1` / 国家药用植物园-华北园项目 / 占地5000亩，
# 包括… / 总投资 / 5亿元 …): an item's number alone on its line, the project's name on the next, then its description
_CELL_PROJECT = re.compile(r"\n[ \t\u3000]*\d{1,3}[ \t\u3000]*\n[ \t\u3000]*"
                           r"(?P<project>[^|｜：:，,。；;、\s\d（()]{2,40}?(?:项目|工程)(?:[（(][^（()）\n]{1,12}[）)])?)"
                           r"[ \t\u3000]*\n(?P<cell>[^\n]+)")
# an item of a list of projects headed by its name, whose first line says what the project holds (安国市 2022, 附件2:
# 七、职教中心迁建项目（一期） / 1.项目内容：总建筑面积72000平方米; 八、安国第一中学 / 1.项目内容：…)
_CONTENT_PROJECT = re.compile(r"\n[ \t\u3000]*[一二三四五六七八九十]{1,3}、(?P<project>[^|｜：:，,。；;、\s\d]{2,30})\n"
                              r"(?P<cell>[ \t\u3000]*\d[.．、]?项目(?:内容|概况|简介)[：:][^\n]+)")


def project_cells(text: str) -> dict[int, str]:
    """The lines of the second half of `text` (its annexes) that describe a project named on the line before (a table
    written one cell a line, a list of projects with a 项目内容 line), by where they start, with the project: their
    figures are that project's. Not a verb opening the name (高标准建设国家药用植物园) nor a class of the government's
    works (not_whose)."""
    from govreport.extract.periods import done_words

    cells: dict[int, str] = {}
    # (an annex stands in the document's second half; first tests by find there: most documents hold no item number
    # alone on a line, nor 项目内容)
    half = len(text) // 2
    patterns = ([_CELL_PROJECT] if text.find("\n1\n", half) >= 0 else []) \
        + ([_CONTENT_PROJECT] if text.find("项目内容", half) >= 0 else [])
    for pattern in patterns:
        for m in pattern.finditer(text, half):
            project = m.group("project")
            as_project = project[:-2] + "项目" if project.endswith("工程") else project
            if done_words().search(project[:6]) or not_whose(as_project):  # (高标准建设…: a task)
                continue
            cells[m.start("cell")] = project
    return cells


def project_rows(text: str) -> dict[int, str]:
    """The lines of `text` that open a row of a table or list of projects, by where they start, with the project:
    its figures on that line are that project's. Not a verb opening the name (实施…工程) nor a class of the
    government's projects or works (民生工程, 重点项目: not_whose)."""
    from govreport.extract.periods import done_words

    rows = {}
    # (a pattern opening with the line break: re skips to each one; the text's first line is read as if after one)
    first = _ROW_PROJECT.match("\n" + text[:80])
    if first:
        rows[0] = first.group("project")
    for m in _ROW_PROJECT.finditer(text):
        rows[m.start() + 1] = m.group("project")
    for line, project in list(rows.items()):
        as_project = project[:-2] + "项目" if project.endswith("工程") else project  # (民生工程: a class, as 民生项目)
        if done_words().match(project) or not_whose(as_project):
            del rows[line]
    return rows
