"""Values stated respectively (甲河、乙河水质达标率分别为85%、92%) each take the subject listed in their place, with
the words the listed subjects share, and the change the first value states."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.change, f.text) for f in find_figures(text)]


def test_each_value_takes_the_subject_listed_in_its_place_with_the_shared_words():
    assert figures("甲乙河、丙丁河水质达标率分别为85%、92%") == [
        ("甲乙河水质达标率", "", "85%"), ("丙丁河水质达标率", "", "92%")]
    assert figures("一级、二级保护区面积分别为1.2平方公里和3.5平方公里") == [
        ("一级保护区面积", "", "1.2平方公里"), ("二级保护区面积", "", "3.5平方公里")]


def test_names_of_another_shape_are_kept_as_written_and_share_the_change():
    assert figures("化学需氧量、氨氮排放量分别下降12.3%和8.6%") == [
        ("化学需氧量", "下降", "12.3%"), ("氨氮排放量", "下降", "8.6%")]


def test_a_list_that_does_not_match_the_values_changes_nothing():
    assert figures("甲河、乙河、丙河水质达标率分别为85%、92%") == [
        ("丙河水质达标率", "", "85%"), ("丙河水质达标率", "", "92%")]


def test_values_whose_subject_follows_respectively_keep_it():
    assert figures("2019年、2020年分别完成整改12个、15个") == [("完成整改", "", "12个"), ("完成整改", "", "15个")]
