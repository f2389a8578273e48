"""A count in Chinese numerals right after a list counts its items (甲乡、乙镇、丙镇三个乡镇) when the list holds as
many items as it says; a numeral that a list does not prove (八项规定, 一方面) or one inside a quotation is no count."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(text)]


def test_a_count_equal_to_the_items_listed_before_it_counts_them() -> None:
    assert _counts("河道流经东岭乡、西坪镇、南湖镇三个乡镇。") == [("乡镇", "三个")]
    assert _counts("浊度、总磷、氨氮三项指标均优于标准。") == [("指标", "三项")]


def test_a_list_closed_by_deng_or_a_joined_last_item_counts_too() -> None:
    assert _counts("实施截污纳管、清淤疏浚和生态补水等三大类工程。") == [("工程", "三大类")]
    assert _counts("对甲河、乙河和丙沟三条河流进行清淤。") == [("河流", "三条")]


def test_an_item_number_opening_the_line_is_no_item() -> None:
    assert _counts("2、主要任务 方案安排了控源、治污、修复等三类任务。") == [("任务", "三类")]


def test_a_numeral_the_list_does_not_prove_is_no_count() -> None:
    assert _counts("查找学习不深入、执行中央八项规定不严格等问题。") == []
    assert _counts("增强“四个意识”、做到“两个维护”。") == []
    assert _counts("一方面加强巡查、一方面强化执法。") == []
