"""Segmentation backends: jieba with the indicator vocabulary, and pkuseg from a model folder (never downloaded)."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.errors import UsageError
from govreport.extract import segment
from govreport.extract.segment import get_segmenter
from tests.support import REPO

# Names and synonyms from govreport/data/indicators.csv that jieba's own dictionary splits.
VOCABULARY = ["地区生产总值", "区本级生产总值", "规上工业增加值", "城镇调查失业率", "研发经费投入强度",
              "R&D经费投入强度", "一般公共预算收入", "社会消费品零售总额", "新增市场主体"]

# Seed sentences (gold evidence of seeds 000 and 002, and the targets of 000) for the tiny pkuseg model.
SENTENCES = [
    "新增市场主体1.6万户,增量、总量均保持全市第一",
    "全区地区生产总值完成582.4亿元,增长5.2%,居全市第一",
    "固定资产投资完成314.6亿元,增长20%,居全市第二",
    "规模以上工业增加值完成73.8亿元,增长8.8%,居全市第二",
    "社会消费品零售总额完成258.6亿元,增长1.6%,居全市第四",
    "一般公共预算收入完成24.07亿元,扣除留抵退税因素后增长11.4%,居全市第二",
    "居民人均可支配收入预计达到37000元,增长6%",
    "新认定高新技术企业39家",
    "技术合同成交额达到14.8亿元,同比增长24%",
    "实际利用省外境内资金60亿元",
    "直接吸收外资600万美元",
    "外贸进出口40.39亿元",
    "新增城镇就业1.3万人",
    "地区生产总值、人均GDP、全员劳动生产率增长8%",
    "研发经费投入强度3.3%",
    "规上工业增加值增长9%",
    "固定资产投资增长15%",
    "社会消费品零售总额增长9.5%",
    "一般公共预算收入增长7%左右",
    "新增各类市场主体1万户、规模以上工业企业28家",
    "城镇新增就业1.2万人以上",
    "常住人口城镇化率提高0.8个百分点",
    "城镇调查失业率控制在5.5%以内",
    "居民收入增长与经济增长基本同步",
    "居民消费价格涨幅控制在3%左右",
    "力争全年备案国家科技型中小企业350家",
    "新增国家高新技术企业25家",
    "力争完成技术合同成交额16亿元",
    "推动常住人口城镇化率稳步提高",
    "稳步降低单位地区生产总值能耗水平",
    "完成区本级生产总值305.8亿元",
    "区本级生产总值305.8亿元,增长8.9%,居全市第二",
    "公共财政预算收入18.1亿元,增长8.2%,居八城区第三",
    "规模以上工业增加值16.7亿元,增长10.2%,居八城区第四",
    "固定资产投资142.5亿元,增长16.8%",
    "2023年地区生产总值增长8%左右",
    "全年地区生产总值预计增长6.5%",
]


# ---------------------------------------------------------------- jieba


def test_jieba_keeps_indicator_names_whole():
    plain = get_segmenter("jieba")
    seg = get_segmenter("jieba", user_words=VOCABULARY)
    text = "区本级生产总值305.8亿元,规上工业增加值增长9%,城镇调查失业率控制在5.5%以内"
    assert "区本级生产总值" not in plain.cut(text)  # jieba alone splits them: the vocabulary is needed
    tokens = seg.cut(text)
    for word in ("区本级生产总值", "规上工业增加值", "城镇调查失业率", "305.8", "亿元"):
        assert word in tokens
    assert seg.cut("R&D经费投入强度达到2.5%")[0] == "R&D经费投入强度"
    assert seg.name == "jieba"


def test_jieba_words_stay_in_the_private_tokenizer():
    import jieba

    seg = get_segmenter("jieba", user_words=["洛龙区本级税收收入"])
    assert seg.cut("洛龙区本级税收收入增长")[0] == "洛龙区本级税收收入"
    assert "洛龙区本级税收收入" not in jieba.dt.FREQ
    assert seg.tokenizer is not jieba.dt


def test_segmenters_are_cached_per_backend_and_words():
    a = get_segmenter("jieba", user_words=["地区生产总值", "规上工业增加值"])
    assert get_segmenter("jieba", user_words=("规上工业增加值", "地区生产总值", " ")) is a
    assert get_segmenter("jieba", user_words=["地区生产总值"]) is not a
    assert get_segmenter("JIEBA") is get_segmenter()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("地区生产总值增长8.5%亿元,。 \n\r\t左右以上ABC12３")), max_size=60) | st.text(max_size=40))
def test_jieba_tokens_give_back_the_text(text):
    tokens = get_segmenter("jieba", user_words=VOCABULARY).cut(text)
    assert "".join(tokens) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("地区生产总值增长8.5%亿元,。、“” \n\r\t左右以上ABC12３-_&")), max_size=60)
       | st.text(max_size=40), st.integers(min_value=1, max_value=40))
def test_the_end_of_a_text_is_cut_as_the_whole_text_ends(text, at_least):
    # shorten cuts only the runs that reach its kept words: the same tokens as the whole text's last ones
    jieba = get_segmenter("jieba", user_words=VOCABULARY)
    whole, last = jieba.cut(text), jieba.cut_last(text, at_least)
    assert whole[len(whole) - len(last):] == last
    assert len("".join(last)) >= min(at_least, len(text))


_PHRASES = ("全面推进乡村振兴", "规模以上工业企业研发经费支出占营业收入比重", "新培育省级两业融合标杆企业", "城镇常住居民人均可支配收入",
            "承接省级下放权限", "新建改造城市主干道路总里程", "大气环境质量自动监测站", "战略性新兴产业", "京津冀协同发展")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES) | st.text(alphabet=st.sampled_from(list("地区生产总值增长亿元左右以上工业企业新建")),
                                                    max_size=6), max_size=4))
def test_the_dag_and_route_are_jiebas_own(parts):
    # JiebaSegmenter's tokenizer writes get_DAG and calc without jieba's generators: the same DAG and route
    import jieba

    text = "".join(parts)
    tokenizer = get_segmenter("jieba", user_words=VOCABULARY).tokenizer
    if isinstance(tokenizer.FREQ, segment.PrefixBuckets):
        tokenizer.FREQ.fill(text)  # (as cut does first)
    dag = tokenizer.get_DAG(text)
    assert dag == jieba.Tokenizer.get_DAG(tokenizer, text)
    route, plain = {}, {}
    tokenizer.calc(text, dag, route)
    jieba.Tokenizer.calc(tokenizer, text, dag, plain)
    assert route == plain


def test_only_the_runs_that_reach_the_last_characters_are_cut():
    jieba = get_segmenter("jieba", user_words=VOCABULARY)
    text = "全面推进乡村振兴，地区生产总值增长\r\n社会消费品零售总额"
    assert jieba.cut_last(text, 9) == ["社会消费品零售总额"]
    assert jieba.cut_last(text, 10) == ["\r\n", "社会消费品零售总额"]
    assert jieba.cut_last(text, 12)[0] == "地区生产总值"  # from the start of the run holding the 12th last


def test_building_a_tokenizer_prints_nothing_on_stderr():
    code = ("from govreport.extract.segment import get_segmenter; "
            "print('|'.join(get_segmenter(user_words=['规上工业增加值']).cut('规上工业增加值增长9%')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "规上工业增加值|增长|9%"
    assert result.stderr == ""  # no "Building prefix dict from the default dictionary ..."


def _whole(freq) -> dict:
    """Every entry of a prefix dictionary, its groups filled first when it is filled lazily."""
    if isinstance(freq, segment.PrefixBuckets):
        freq.fill("".join(freq._spans))
    return dict(freq)


def test_prefix_dictionary_read_from_the_cache_is_jiebas_own():
    import jieba

    ours = jieba.Tokenizer()
    segment._load_prefix_dictionary(ours)
    theirs = jieba.Tokenizer()
    theirs.initialize()
    text = "城镇和农村居民人均可支配收入达到29578元、16458元，分别增长2.1%和7.2%"
    assert ours.lcut(text) == theirs.lcut(text)
    assert ours.initialized and ours.total == theirs.total and _whole(ours.FREQ) == theirs.FREQ


def test_prefix_index_is_written_once_then_read_lazily_with_the_same_cuts(tmp_path):
    import jieba

    first = segment.new_tokenizer()
    first.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(first)  # no index yet: the whole dictionary, then the index is written
    assert not isinstance(first.FREQ, segment.PrefixBuckets)
    [index] = tmp_path.glob("govreport-jieba-*.prefix")
    second = segment.new_tokenizer()
    second.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(second)
    assert isinstance(second.FREQ, segment.PrefixBuckets)
    assert len(second.FREQ) < len(first.FREQ) // 10  # nothing filled before a lookup needs it
    for word in ("规模以上工业增加值", "全区", "新动能"):  # added words survive their group being filled later
        first.add_word(word, 7)
        second.add_word(word, 7)
    for text in ("全区规模以上工业增加值增长9%", "培育新动能，新建中小学和幼儿园5所", "城乡居民人均可支配收入"):
        assert second.lcut(text) == first.lcut(text)
    assert second.FREQ["新动能"] == 7 and second.total == first.total
    assert _whole(second.FREQ) == first.FREQ


def test_a_plain_jieba_tokenizer_gets_the_whole_dictionary_even_with_an_index(tmp_path):
    # jieba.Tokenizer reads its dictionary without filling groups first: an empty PrefixBuckets would
    # cut every text into single characters
    import jieba

    writer = segment.new_tokenizer()
    writer.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(writer)
    assert list(tmp_path.glob("govreport-jieba-*.prefix"))
    plain = jieba.Tokenizer()
    plain.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(plain)
    assert type(plain.FREQ) is dict
    assert plain.lcut("全区社会消费品零售总额增长5%") == jieba.dt.lcut("全区社会消费品零售总额增长5%")


def test_a_text_fills_only_the_groups_of_its_characters(tmp_path):
    writer = segment.new_tokenizer()
    writer.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(writer)
    lazy = segment.new_tokenizer()
    lazy.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(lazy)
    lazy.lcut("全区生产总值")
    assert {word[0] for word in lazy.FREQ} == set("全区生产总值")
    assert lazy.lcut("产值") == writer.lcut("产值")  # 产 filled already, 值 too: nothing new, same cut


def test_a_damaged_or_foreign_prefix_index_is_rebuilt(tmp_path):
    import jieba

    source = segment._default_dictionary_stamp()
    index = tmp_path / segment.PrefixBuckets.file_name(source)
    for damage in (b"", b"not an index", segment.PrefixBuckets.MAGIC + b"\x05" + b"\x00" * 7 + b"xx"):
        index.write_bytes(damage)
        tokenizer = segment.new_tokenizer()
        tokenizer.tmp_dir = str(tmp_path)
        segment._load_prefix_dictionary(tokenizer)
        assert tokenizer.FREQ.get("生产总值")
        assert segment.PrefixBuckets.read(str(index), source) is not None  # rewritten whole
    other = source[:1] + ("another jieba",) + source[2:]
    assert segment.PrefixBuckets.read(str(index), other) is None
    truncated = tmp_path / "truncated.prefix"
    truncated.write_bytes(index.read_bytes()[:-100])
    assert segment.PrefixBuckets.read(str(truncated), source) is None


def test_an_unwritable_folder_only_costs_speed(tmp_path):
    target = tmp_path / "missing" / "folder" / "x.prefix"
    segment.PrefixBuckets.write(str(target), ("stamp",), {"生产": 3, "生": 0}, 3)  # no exception
    assert not (tmp_path / "missing").exists()


def test_unreadable_cache_falls_back_to_jieba_which_rebuilds_it(tmp_path):
    import jieba

    (tmp_path / "jieba.cache").write_bytes(b"not a marshalled dictionary")
    tokenizer = segment.new_tokenizer()
    tokenizer.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(tokenizer)
    assert tokenizer.initialized and tokenizer.FREQ.get("生产总值")
    assert (tmp_path / "jieba.cache").stat().st_size > 1_000_000  # jieba wrote a good one


def test_jieba_is_imported_without_pkg_resources():
    code = ("import sys; from govreport.extract.segment import get_segmenter; "
            "seg = get_segmenter(); print('pkg_resources' in sys.modules, '|'.join(seg.cut('增长9%'))); "
            "print(sys.modules.get('pkg_resources', 'absent') is not None)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "False 增长|9%"
    assert lines[1] == "True"  # not left blocked (None) for libraries that import it later


def test_unknown_backend_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown segmenter 'thulac'"):
        get_segmenter("thulac")
    with pytest.raises(UsageError, match="only used by the pkuseg"):
        get_segmenter("jieba", model_path="/tmp")


# ---------------------------------------------------------------- pkuseg


@pytest.fixture(scope="module")
def pkuseg_model(tmp_path_factory) -> Path:
    """A tiny spacy_pkuseg model trained on the seed sentences segmented by jieba with the vocabulary (~1 s)."""
    spacy_pkuseg = pytest.importorskip("spacy_pkuseg")
    folder = tmp_path_factory.mktemp("pkuseg")
    seg = get_segmenter("jieba", user_words=VOCABULARY)
    lines = [" ".join(t for t in seg.cut(s) if t.strip()) for s in SENTENCES]
    train, test = folder / "train.txt", folder / "test.txt"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    test.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):  # the trainer prints its progress
        spacy_pkuseg.train(str(train), str(test), str(folder / "model"), train_iter=10)
    return folder / "model"


def test_pkuseg_segments_as_trained(pkuseg_model):
    seg = get_segmenter("pkuseg", model_path=pkuseg_model)
    assert seg.name == "pkuseg"
    tokens = seg.cut("全区地区生产总值完成582.4亿元,增长5.2%,居全市第一")
    assert "地区生产总值" in tokens and "完成" in tokens
    # a sentence it never saw, in the same style
    assert "地区生产总值" in seg.cut("2024年地区生产总值增长7%")
    assert get_segmenter("pkuseg", model_path=str(pkuseg_model)) is seg


def test_pkuseg_user_words_are_kept_whole(pkuseg_model):
    seg = get_segmenter("pkuseg", model_path=pkuseg_model, user_words=["留抵退税因素"])
    assert "留抵退税因素" in seg.cut("扣除留抵退税因素后增长11.4%")


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("地区生产总值增长8.5%亿元,。 \n\t左右以上AB12")), max_size=50))
def test_pkuseg_tokens_give_back_the_text(pkuseg_model, text):
    assert "".join(get_segmenter("pkuseg", model_path=pkuseg_model).cut(text)) == text


def test_pkuseg_never_downloads(monkeypatch, tmp_path: Path):
    spacy_pkuseg = pytest.importorskip("spacy_pkuseg")

    def no_download(*args, **kwargs):
        raise AssertionError("tried to download a model")

    monkeypatch.setattr(spacy_pkuseg, "download_model", no_download)
    # spacy_pkuseg would fetch a model of this name from the internet; we want a folder
    with pytest.raises(UsageError) as error:
        get_segmenter("pkuseg", model_path="spacy_ontonotes")
    assert error.value.one_line().startswith("spacy_ontonotes: no such pkuseg model folder (models are never downloaded")
    with pytest.raises(UsageError, match="needs a model folder"):
        get_segmenter("pkuseg")
    with pytest.raises(UsageError, match="not a pkuseg model folder"):
        get_segmenter("pkuseg", model_path=tmp_path)
    afile = tmp_path / "model.txt"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="a folder, not a file"):
        get_segmenter("pkuseg", model_path=afile)


def test_a_damaged_pkuseg_model_is_a_usage_error(tmp_path: Path):
    pytest.importorskip("spacy_pkuseg")
    (tmp_path / "weights.npz").write_bytes(b"not numpy")
    (tmp_path / "features.msgpack").write_bytes(b"\xc1")
    with pytest.raises(UsageError, match="cannot load the pkuseg model"):
        get_segmenter("pkuseg", model_path=tmp_path)


def test_a_folder_named_like_a_downloadable_model_is_loaded_from_disk(pkuseg_model, tmp_path: Path, monkeypatch):
    import shutil

    web = tmp_path / "web"
    shutil.copytree(pkuseg_model, web)
    monkeypatch.chdir(tmp_path)
    seg = get_segmenter("pkuseg", model_path="web")  # relative, the name of a spacy_pkuseg download
    assert Path(seg.model_path) == web.resolve()
    assert "地区生产总值" in seg.cut("地区生产总值增长8%")
    segment._CACHE.clear()


# ------------------------------------------------------------------ long subject phrases (pipeline.finish_figures)


def _figure(indicator: str, ident: str = "", value: float = 5.0):
    from govreport.extract.pipeline import Figure

    return Figure(indicator=indicator, indicator_id=ident, measure="level", period="2023", kind="actual", value=value,
                  value_hi=None, unit="个", bound="eq", rank_scope=None, estimated=False, hardness="", qualifier="",
                  evidence=indicator, start=0, end=len(indicator), section="",
                  name_source="vocabulary" if ident else "phrase", subject="")


class _Words:
    def cut(self, text: str) -> list[str]:  # a segmenter that splits at 的
        parts = text.split("的")
        return [p for part in parts[:-1] for p in (part, "的")] + [parts[-1]]


def test_long_phrases_keep_their_last_words_and_short_ones_stay():
    from govreport.extract.pipeline import finish_figures

    long_name = "围绕全市主导产业链条和重点园区新建成投产的高技术制造业项目"  # 28 characters
    whole = "围绕主导产业链条新建成投产的高技术制造业项目"  # 22 characters: kept whole (pipeline.WHOLE_NAME)
    figures = finish_figures([_figure(long_name), _figure("新建中小学"), _figure(long_name * 2, "gdp"), _figure(whole)],
                             lambda: _Words())
    # (the 的 the cut leaves in front goes: names/phrases.clean_phrase)
    assert [f.indicator for f in figures] == ["高技术制造业项目", "新建中小学", long_name * 2, whole]
    assert figures[0].evidence == long_name  # the evidence stays as written
    # without a segmenter: the last 16 characters
    assert finish_figures([_figure(long_name)])[0].indicator == long_name[-16:]


def test_phrases_that_shorten_to_the_same_figure_are_kept_once():
    from govreport.extract.pipeline import finish_figures

    a, b = "一二三四五六七八九十" * 2 + "的高技术制造业项目", "甲乙丙丁戊己庚辛壬癸" * 2 + "的高技术制造业项目"
    assert len(finish_figures([_figure(a), _figure(b)], lambda: _Words())) == 1
    assert len(finish_figures([_figure(a), _figure(b, value=6.0)], lambda: _Words())) == 2
def test_groups_filled_from_several_threads_at_once_give_the_same_cuts(tmp_path):
    import jieba
    from concurrent.futures import ThreadPoolExecutor

    texts = ["全区规模以上工业增加值增长9%", "新建中小学和幼儿园5所", "城乡居民人均可支配收入增长6%",
             "社会消费品零售总额突破千亿元", "粮食产量稳定在一百万吨以上"] * 8
    expected = [jieba.dt.lcut(text) for text in texts]
    warm = segment.new_tokenizer()
    warm.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(warm)  # writes the index
    lazy = segment.new_tokenizer()
    lazy.tmp_dir = str(tmp_path)
    segment._load_prefix_dictionary(lazy)
    assert isinstance(lazy.FREQ, segment.PrefixBuckets)
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(lazy.lcut, texts)) == expected
