"""A discharge at fault named with what it lets out (超标排放大气污染物), a suspected violation named without the
word of suspicion (涉嫌超标排放…), an outfall that is no discharge (直排口), an administrative duty not done
(未制作台账, 未签订协议, 未如实填报) and a thing marked as at fault (问题排口)."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_discharge_over_the_limit_keeps_the_matter_it_lets_out() -> None:
    found = titles("针对该公司超标排放大气污染物的违法行为,执法人员依法立案。")
    assert "超标排放大气污染物" in found
    assert not any(t.startswith("该公司") for t in found)


def test_a_suspected_violation_is_named_without_the_suspicion() -> None:
    found = titles("经监测,氨氮超过国家标准3倍,涉嫌超标排放水污染物。")
    assert "超标排放水污染物" in found
    assert not any("涉嫌" in t for t in found)


def test_a_direct_outfall_is_no_direct_discharge() -> None:
    assert not any(t.endswith("直排") for t in titles("经排查,甲镇建成区内无生活污水直排口。"))


def test_an_administrative_duty_not_done_is_a_finding() -> None:
    assert any("未制作进货台账" in t for t in titles("由于当事人在经营期间未制作进货台账,无法查清货物去向。"))
    assert any("未签订保洁协议" in t for t in titles("乙村保洁员未签订保洁协议,工作时有时无。"))


def test_a_cause_clause_leaves_its_because_out() -> None:
    found = titles("由于当事人在经营期间未制作进货台账,无法查清货物去向。")
    assert not any(t.startswith("由于") for t in found)


def test_a_duty_ordered_is_no_finding() -> None:
    assert titles("要求各单位及时签订保洁协议,做好台账登记。") == []


def test_an_outfall_at_fault_is_a_problem() -> None:
    assert "问题排口" in titles("制定“一口一策”,推动问题排口精准施治。")
    assert "问题排污口" in titles("对新发现的问题排污口及时整治。")


def test_acting_on_problems_names_none() -> None:
    assert titles("推动问题整改落到实处。") == []
