"""A date in Chinese numerals is read by one pattern wherever it stands: in a sentence, as a text's signature and as
a page's signed date, so 〇 printed as a circle or a Latin O dates all three alike, and a signature names its day."""

from __future__ import annotations

from policykg.ingest.extract.date_stamps import find_stamps
from policykg.ingest.extract.dates import find_dates
from policykg.ingest.metadata import find_metadata

_SIGNED = "甲县水利局\n二O二一年三月五日"


def test_a_signature_with_a_letter_o_for_zero_dates_the_text() -> None:
    assert find_metadata(_SIGNED, [])["date"] == "2021-03-05"


def test_the_same_signature_is_a_signed_date_and_a_date_of_the_text() -> None:
    assert [(_SIGNED[a:b], who) for a, b, who in find_stamps(_SIGNED, 0, len(_SIGNED))] == [("二O二一年三月五日", "甲县水利局")]
    assert [d.iso for d in find_dates(_SIGNED)] == ["2021-03-05"]


def test_a_month_alone_on_a_line_is_no_signature() -> None:
    text = "甲县水利局\n二〇二一年三月"
    assert "date" not in find_metadata(text, [])
    assert find_stamps(text, 0, len(text)) == []
