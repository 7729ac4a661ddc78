"""A long free-phrase name kept whole when a cut would start inside a term (issue 13, point 6: no word cut, no
proper name cut short): up to 24 characters a name is cut only when the words the cut drops hold another figure, a
time or a clause's opening word; manner words before the verb go first (pipeline.shorten, name_edges.csv manner).
Real sentences of several governments and small written cases."""

from __future__ import annotations

import pytest

from govreport.extract import extract_document
from govreport.extract.pipeline import LONG_NAME, WHOLE_NAME, shorten
from tests.support import document


def _jieba():
    from govreport.extract.segment import get_segmenter

    return get_segmenter("jieba")


def names(text: str, region: str, year: int) -> set[str]:
    return {r["indicator"] for r in extract_document(document(text, region=region, year=year), segmenter=_jieba)}


@pytest.mark.parametrize("sentence, region, year, name", [
    # a term the cut at 16 characters split (控制中心…, 上游流域…):株洲 2025, 满城区 2023
    ("疾病预防控制中心（防疫站）卫生技术人员525人。", "株洲市", 2025, "疾病预防控制中心（防疫站）卫生技术人员"),
    ("实施12处白洋淀上游流域历史遗留废弃矿山生态修复。", "满城区", 2023, "实施白洋淀上游流域历史遗留废弃矿山生态修复"),
    # a river's reach after a manner word and a verb: the manner word goes, the verb and the reach stay (内蒙古 2026)
    ("重点推进贺兰山至阴山段沿黄岸线180公里流沙系统治理。", "内蒙古自治区", 2026,
     "推进贺兰山至阴山段沿黄岸线流沙系统治理"),
    # a deed with its object, the 为 of whom it is done for (北京 2026)
    ("为服务包企业和服务热线拨打企业提供服务64.8万项。", "北京市", 2026, "为服务包企业和服务热线拨打企业提供服务"),
])
def test_a_name_of_up_to_24_characters_stays_whole(sentence, region, year, name):
    assert name in names(sentence, region, year)


@pytest.mark.parametrize("sentence, region, year, name", [
    # another count in the words a cut drops: the cut leaves it out (涞源县 2025)
    ("为6873名困难群体代缴养老保险费68.73万元。", "涞源县", 2025, "困难群体代缴养老保险费"),
    # a year in them (浙江 2026)
    ("下达2025年中央及省级育儿补贴资金26.4亿元。", "浙江省", 2026, "中央及省级育儿补贴资金"),
    # a clause's opening word after a table's stray cell (阿克苏 2025)
    ("支出年末金融机构本外币各项存款余额2760.58亿元。", "阿克苏地区", 2025, "年末金融机构本外币各项存款余额"),
    # longer than 24 characters: cut to its last words, between words (株洲 2025)
    ("具有建筑业资质等级的总承包和专业承包建筑业企业实现利润总额24.6亿元。", "株洲市", 2025,
     "总承包和专业承包建筑业企业实现利润总额"),
])
def test_a_long_name_is_still_cut_when_the_cut_drops_a_figure_a_time_or_more_than_24_characters(
        sentence, region, year, name):
    assert name in names(sentence, region, year)


@pytest.mark.parametrize("phrase, expected", [
    ("主城区大气环境质量自动监测站有效监测天数", "主城区大气环境质量自动监测站有效监测天数"),
    ("深入推进白洋淀上游流域历史遗留废弃矿山生态修复", "推进白洋淀上游流域历史遗留废弃矿山生态修复"),
    ("全力推进省市重点项目及年初确定的重点项目建设", "推进省市重点项目及年初确定的重点项目建设"),
    # a manner word before no verb stays (获得 then 政府: a thing)
    ("获得政府最低生活保障的农村居民人数", "获得政府最低生活保障的农村居民人数"),
    # a number inside a name is no figure: 12345 (a hotline), 1000M (a speed)
    ("12345政务服务便民热线解决群众诉求", "12345政务服务便民热线解决群众诉求"),
    ("1000M速率及以上的宽带接入用户", "1000M速率及以上的宽带接入用户"),
    # a time word in the words a cut drops (五年): the cut
    ("五年完成中心城区成片二级旧里以下房屋改造", "中心城区成片二级旧里以下房屋改造"),
])
def test_shorten(phrase, expected):
    assert shorten(phrase, _jieba) == expected


def test_the_limits():
    assert (LONG_NAME, WHOLE_NAME) == (16, 24)
    long = "具有建筑业资质等级的总承包和专业承包建筑业企业实现利润总额"
    assert len(shorten(long, _jieba)) <= LONG_NAME + 8 and len(long) > WHOLE_NAME
    # without a segmenter: the last characters, as before
    assert shorten(long) == long[-LONG_NAME:]
