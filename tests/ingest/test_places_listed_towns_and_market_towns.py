"""Towns listed before the word for towns of more than one kind, towns named after their market (甲集镇), and a
day's 日 before a town: forms of official writing that named no town or a wrong one. Sentences are invented."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


def test_towns_listed_before_mixed_count_word_are_towns_named_alone():
    text = "经核查,青桐、白沙岗、梅林等3个镇街已完成排污口整治。"
    found = {m.surface: m for m in find_places(text)}
    assert {"青桐", "白沙岗", "梅林"} <= set(found)
    assert found["青桐"].name == "青桐" and found["青桐"].attrs["level"] == "town"


def test_one_town_alone_before_count_after_a_mark():
    assert "柳溪" in _surfaces("部分项目推进缓慢;柳溪等12个乡镇污水处理设施尚未运行。")


def test_no_town_from_a_word_before_count_inside_a_clause():
    assert _surfaces("全县共有其余等12个乡镇未完成任务。") == []


def test_listed_towns_with_one_kind_keep_the_suffix():
    found = {m.surface: m.name for m in find_places("河道流经青桐、梅林两镇。")}
    assert found.get("青桐") == "青桐镇"


def test_market_town_is_a_town():
    assert _surfaces("到柳集镇调研污水管网建设。") == ["柳集镇"]
    assert "桑柳集镇" in _surfaces("完成整个桑柳集镇管网测绘。")


def test_kinds_of_market_town_name_none():
    assert _surfaces("推进中心集镇和小集镇建设。") == []


def test_a_day_ends_before_the_town():
    assert _surfaces("截至审计日槐林乡、柳溪镇未支付工程款。") == ["槐林乡", "柳溪镇"]
    assert _surfaces("3月5日新安镇召开会议。") == ["新安镇"]


def test_a_town_may_open_with_the_sun():
    assert _surfaces("在日新镇调研。") == ["日新镇"]
