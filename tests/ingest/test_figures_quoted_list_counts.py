"""A count after a quoted list counts its items (按“排查、建档、整治、复查”四个环节,…); a quoted slogan without a
list is no count."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures


def test_a_count_after_a_quoted_list_counts_its_items() -> None:
    found = [(f.subject, f.text) for f in find_figures("按“排查、建档、整治、复查”四个环节,推进入河排污口整治。")]
    assert found == [("环节", "四个")]


def test_a_quoted_slogan_without_a_list_is_no_count() -> None:
    assert find_figures("牢固树立“绿水青山就是金山银山”两个理念。") == []
    assert find_figures("推行“排查、监测、整治”工作法。") == []
