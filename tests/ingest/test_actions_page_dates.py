"""A web page's own date when no label names it: the stamp with its time, or the date on the source line."""

from __future__ import annotations

from policykg.ingest.metadata import find_metadata
from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def metadata(original: str) -> dict[str, str]:
    text, _ = normalize(original)
    return find_metadata(text, parse_outline(text))


def test_a_stamp_with_its_time_of_day_is_the_pages_date() -> None:
    assert metadata("某河整治见成效\n2023-08-29 10:51:04 來源:某某日报\n今年河道已清理。")["date"] == "2023-08-29"


def test_a_date_on_the_source_line_is_the_pages_date() -> None:
    assert metadata("某湾整治通报\n  来源:某某水利网 2018年6月4日\n上月完成验收。")["date"] == "2018-06-04"
    assert metadata("某湾整治\n2017-08-07 来源:本站 | 阅读量:3\n已完成。")["date"] == "2017-08-07"


def test_a_spaced_label_and_a_table_cell_are_labels() -> None:
    assert metadata("某通报\n时间 : 2023年02月10日  来源 : 某某报\n正文。")["date"] == "2023-02-10"
    assert metadata("某通知\n發布機構: | 某局 | 發文日期: | 2018-05-23 |\n正文。")["date"] == "2018-05-23"


def test_the_time_the_page_was_viewed_and_a_date_in_a_sentence_are_not_its_date() -> None:
    assert "date" not in metadata("现在时间是:2024年11月22日\n某河整治\n2020年4月1日,某局对某公司检查。")


def test_a_page_address_or_the_site_itself_is_no_issuer() -> None:
    meta = metadata("某通报\n2017-08-07 来源:本站\n时间:2023-02-10 来源:https://example.org/a.htm\n正文。")
    assert "issuer" not in meta
