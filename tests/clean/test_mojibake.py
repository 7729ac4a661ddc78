"""Step 2 — mojibake: GBK runs decoded one byte off after a lost byte, on seed 000 and made-up damage."""

from __future__ import annotations

import random
import re

import pytest

from govreport.clean.hanzi import GAP_MARK
from govreport.clean.mojibake import NARROWED, repair_mojibake
from govreport.clean.repairs import Repairs
from tests.support import DEV_CORPUS, decode_gbk_with_question_marks, seed


def repair(text: str) -> tuple[str, Repairs]:
    repairs = Repairs()
    return repair_mojibake(text, repairs), repairs


def lose_lead_byte(text: str, pos: int) -> str:
    """What seed 000 shows: the lead byte of text[pos] in GBK replaced by `?`, then a
    GBK decoder that writes one `?` for each pair it cannot read (swallowing both bytes)."""
    return decode_gbk_with_question_marks(text[:pos].encode("gbk") + b"?" + text[pos:].encode("gbk")[1:])


# The runs of seed 000, as printed and as the bytes still determine them.
SEED_000_RUNS = [
    # 保 lost its lead byte B1; ！ (A3 A1) was narrowed to `!`; 業 = 98 49 ends in `I`.
    ("發(fā)布“四?!卑酌麊纹髽I(yè)和項(xiàng)目", "發(fā)布“四〓”白名單企業(yè)和項(xiàng)目"),
    ("用好“四?!卑酌麊纹髽I(yè)(項(xiàng)目)", "用好“四〓”白名單企業(yè)(項(xiàng)目)"),
    # 。 lost A1; ？ (A3 BF) narrowed; 創's trail 93 and the `(` of (chuàng) became one `?`:
    # lead byte 84 + the reading chuàng leave only 創 among the document's annotations.
    ("促投資??萍紕?chuàng)新", "促投資〓科技創(chuàng)新"),
    # ； (A3 BB) narrowed; 籌 = BB 49.
    ("加速提升?;I建", "加速提升〓籌建"),
    # ！ narrowed; С is Cyrillic (A7 B3); 較 = DD 5E ends in `^`.
    ("基層“三?!钡葎傂灾С鲂枨筝^大", "基層“三〓”等剛性支出需求較大"),
    # 長 = E9 4C ends in `L`.
    ("深入?!傲珠L制”", "深入〓“林長制”"),
]


@pytest.fixture(scope="module")
def seed_000() -> str:
    return seed("000").read_text(encoding="utf-8")


@pytest.mark.parametrize(("damaged", "repaired"), SEED_000_RUNS)
def test_seed_000_runs_repaired_in_the_document(seed_000, damaged, repaired):
    assert damaged in seed_000
    fixed, _ = repair(seed_000)
    assert damaged not in fixed
    assert repaired in fixed


def test_seed_000_counts_and_leftovers(seed_000):
    fixed, repairs = repair(seed_000)
    assert repairs["mojibake_runs"] == 6
    assert repairs["mojibake_chars_recovered"] == 28
    # one lost character per run, and the two of `—?jiǎng)?chuàng)`
    assert repairs["mojibake_gaps"] == 8
    assert fixed.count(GAP_MARK) == 8
    assert "?" not in fixed
    for garbage in ("卑酌麊", "髽", "萍紕", "钡葎傂灾С鲂枨筝", "傲珠L"):
        assert garbage not in fixed


def test_characters_lost_with_their_parenthesis_become_gaps(seed_000):
    # `—?jiǎng)?chuàng)新`: each `?` stands for a character and the `(` after it; no
    # byte of either survives, so neither is guessed from its reading alone.
    assert "企業(yè)—?jiǎng)?chuàng)新" in seed_000
    fixed, _ = repair(seed_000)
    assert "企業(yè)—〓(jiǎng)〓(chuàng)新" in fixed


def test_repair_is_idempotent_on_seed_000(seed_000):
    fixed, _ = repair(seed_000)
    assert repair(fixed) == (fixed, Repairs())


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_other_seeds_unchanged(prefix):
    text = seed(prefix).read_text(encoding="utf-8")
    assert repair(text) == (text, Repairs())


def test_dev_corpus_unchanged():
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert repair(text)[0] == text, path.name


@pytest.mark.parametrize(
    "text",
    [
        "为什么?我们认为,发展是第一要务。",
        "怎么办?A股市场持续回暖。",  # a question mark before a latin letter
        "真的吗?!太好了",
        "网址 http://www.gov.cn/index.htm?id=3&p=2 已更新",
        "增长5.2%?不,是6.3%",
        "（一）“十四五”规划?",
        "\ufffd无法显示的字符",
    ],
)
def test_ordinary_question_marks_left_alone(text):
    assert repair(text)[0] == text


def test_replacement_character_marks_a_lost_byte_too():
    damaged = "发布“四\ufffd！卑酌麊纹髽I(yè)和項目"
    assert repair(damaged)[0] == "发布“四〓”白名單企業(yè)和項目"


def test_ascii_punctuation_counts_as_narrowed_only_where_the_document_narrowed():
    run = "发布“四?!卑酌麊纹髽I(yè)和項目"
    # Printing `，` means nothing was narrowed: `!` is a real exclamation mark.
    assert repair("发展，改革。" + run)[0] == "发展，改革。" + run
    # Printing `,` between Chinese characters (as 000 does) means it may stand for ！.
    assert repair("发展,改革。" + run)[0] == "发展,改革。发布“四〓”白名單企業(yè)和項目"


def test_pinyin_after_the_run_must_agree():
    # The document annotates 業 as yè elsewhere; a run ending in `I(dōng)` would
    # make 業 read dōng, so it is not this repair.
    doc = "企業(yè)發展。發布“四?!卑酌麊纹髽I(dōng)和項目"
    assert repair(doc)[0] == doc


def _sentences(text: str) -> list[str]:
    return [s for s in re.split("(?<=[。；！？])", text) if 20 <= len(s) <= 200]


@pytest.fixture(scope="module")
def traditional_dev_text() -> str:
    import opencc

    text = (DEV_CORPUS / "shanghai_2023_gwr.txt").read_text(encoding="utf-8")
    return opencc.OpenCC("s2t").convert(text).encode("gbk", errors="replace").decode("gbk")


def test_made_up_damage_in_traditional_text_is_repaired_or_left(traditional_dev_text):
    """Damage dev-corpus sentences (in traditional characters, like 000) the way 000 was
    damaged; every character a repair writes must be the original one, gaps aside."""
    rng = random.Random(2026)
    sentences = _sentences(traditional_dev_text)
    whole = partial = 0
    trials = 150
    for _ in range(trials):
        sentence = rng.choice(sentences)
        chinese = [i for i, ch in enumerate(sentence) if "\u4e00" <= ch <= "\u9fff"]
        pos = rng.choice(chinese[:-1])
        damaged = lose_lead_byte(sentence, pos)
        fixed, repairs = repair(damaged)
        if fixed == damaged:
            continue
        assert fixed[:pos] == sentence[:pos]
        assert repairs["mojibake_gaps"] == fixed.count(GAP_MARK)
        # Every character a repair writes is one of the original sentence: a repair
        # may leave garbage it cannot explain (dense runs of unreadable pairs), but
        # it never invents a character.
        first_gap = fixed.index(GAP_MARK)
        introduced = set(fixed) - set(damaged) - {GAP_MARK}
        assert introduced <= set(sentence), (sentence, damaged, fixed)
        if first_gap == pos:
            whole += 1
        else:
            partial += 1
    assert whole >= trials * 0.4, (whole, partial)


def test_question_marks_added_to_real_text_change_nothing(traditional_dev_text):
    rng = random.Random(7)
    simplified = (DEV_CORPUS / "shanghai_2024_gwr.txt").read_text(encoding="utf-8")
    for text in (traditional_dev_text, simplified):
        chinese = [i for i, ch in enumerate(text) if "\u4e00" <= ch <= "\u9fff"]
        for pos in rng.sample(chinese, 200):
            sample = text[max(0, pos - 20) : pos] + "?" + text[pos : pos + 200]
            assert repair(sample)[0] == sample


def test_narrowed_punctuation_is_undone_only_inside_a_run():
    assert set(NARROWED) == set("!?;:,()")
    text = "发展;改革,开放:创新!(试行)"
    assert repair(text)[0] == text
