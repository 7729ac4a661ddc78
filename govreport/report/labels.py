"""How the tables' coded values read in the workbook, in Chinese and English.

The codes are the schema's (govreport/schema.py: MEASURES, KINDS, BOUNDS,
STATUSES, LEVELS, DOC_TYPES); a code missing here is shown as it is.
"""

from __future__ import annotations

STATUS = {
    "zh": {"met": "达成", "missed": "未达成", "no_actual": "无实际值", "qualitative": "定性目标", "conflicting": "数据冲突"},
    "en": {"met": "met", "missed": "missed", "no_actual": "no actual", "qualitative": "qualitative", "conflicting": "conflicting"},
}
MEASURE = {
    "zh": {"level": "总量/水平", "growth": "增速", "avg_growth": "年均增速", "change": "变化", "rank": "排名", "share": "占比"},
    "en": {"level": "level", "growth": "growth", "avg_growth": "average growth", "change": "change", "rank": "rank",
           "share": "share"},
}
KIND = {"zh": {"actual": "实际", "target": "目标"}, "en": {"actual": "actual", "target": "target"}}
BOUND = {
    "zh": {"eq": "=", "about": "左右", "ge": "以上(≥)", "le": "以内(≤)", "range": "区间"},
    "en": {"eq": "=", "about": "about", "ge": "at least", "le": "at most", "range": "range"},
}
LEVEL = {
    "zh": {"national": "全国", "province": "省级", "prefecture": "地级", "county": "县级", "functional_area": "功能区"},
    "en": {"national": "national", "province": "province", "prefecture": "prefecture", "county": "county", "functional_area": "functional area"},
}
DOC_TYPE = {
    "zh": {
        "government_work_report": "政府工作报告",
        "plan_report": "计划执行情况与草案",
        "action_plan": "方案/行动计划",
        "conference_reading": "会议精神解读",
        "statistical_communique": "统计公报",
        "news": "新闻",
        "other": "其他",
    },
    "en": {
        "government_work_report": "government work report",
        "plan_report": "plan report",
        "action_plan": "action plan",
        "conference_reading": "conference reading",
        "statistical_communique": "statistical communiqué",
        "news": "news",
        "other": "other",
    },
}
