"""A page's issuer field names a body wherever its value stands (the next line, the table's next cell), but an empty
field that runs into the page's menu names none; a document number in ASCII brackets after an issuer's short form
(甲委办[2017]27号) is a number, as one in 〔〕 is."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_the_issuer_field_names_the_body_in_its_cell_or_on_the_next_line() -> None:
    assert names("发布机构: | 生态环境局 | 成文日期: | 2021-09-23 |") == ["生态环境局"]
    assert names("发布机构:\n甲乙县水利局\n发文日期:") == ["甲乙县水利局"]


def test_an_empty_issuer_field_names_no_body() -> None:
    assert names("来源:           发布机构: 【字体:   打印") == []


def test_a_number_in_ascii_brackets_is_no_body() -> None:
    assert names("关于印发工作方案的通知(甲乙委办[2017]27号)") == []
    assert names("关于印发工作方案的通知(甲乙委办〔2017〕27号)") == []
