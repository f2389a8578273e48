"""A task group named after the policy it carries out keeps the level or division whose group it is and the verb its
name opens with: 市全面推行河湖长制领导小组, 甲省落实…整改工作领导小组办公室. A pronoun's level (我省) and a verb that
sets the group up (成立) open no name."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_level_before_the_policy_opens_the_group_name() -> None:
    assert names("各县人民政府,市全面推行河湖长制领导小组各成员单位:") == ["市全面推行河湖长制领导小组"]
    assert names("根据县全面推行河长制领导小组办公室要求") == ["县全面推行河长制领导小组办公室"]


def test_a_division_before_carrying_out_opens_the_group_or_its_office() -> None:
    assert names("。”四川省落实中央环境保护督察反馈意见整改工作领导小组办公室负责人说") == [
        "四川省落实中央环境保护督察反馈意见整改工作领导小组办公室"]


def test_a_pronoun_or_a_setting_up_verb_opens_no_name() -> None:
    assert names("我省落实督察反馈意见整改工作领导小组") == ["督察反馈意见整改工作领导小组"]
    assert names("瑞安市成立“湾(滩)长制”试点工作领导小组") == ["“湾(滩)长制”试点工作领导小组"]
