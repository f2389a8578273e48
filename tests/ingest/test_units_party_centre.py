"""Units: bare 中央 is the Party Centre where the text has it decide or ask something beside the committees below it,
and no body where it names a campaign, a fund or a document."""

from __future__ import annotations

from policykg.ingest.extract.unit_centre import party_centre
from policykg.ingest.extract.units import find_units


def centre(text: str) -> list[str]:
    return [m.surface for m in party_centre(text, find_units(text))]


def test_the_centre_beside_lower_committees_is_a_body() -> None:
    assert centre("认真落实中央和省委关于河湖管理的部署要求") == ["中央"]
    assert centre("坚决贯彻中央、省委、市委各项决策部署") == ["中央"]
    assert centre("贯彻落实中央和省、市委关于整改工作的要求") == ["中央"]


def test_the_centre_before_guan_yu_is_a_body() -> None:
    assert centre("按照中央关于推进某区域协同发展的部署") == ["中央"]


def test_campaigns_funds_and_documents_named_after_the_centre_are_no_body() -> None:
    assert centre("配合中央和省委生态环境保护督察") == []
    assert centre("推进中央、省环保督察反馈问题整改") == []
    assert centre("积极争取中央和省级资金") == []
    assert centre("学习中央12号文件精神") == []


def test_the_centre_inside_a_written_name_is_left_to_that_name() -> None:
    assert centre("落实党中央、国务院和省委关于生态文明建设的部署") == []
    assert centre("印发中共中央关于某项工作的决定") == []


def test_the_mention_stands_for_the_centre_by_its_full_name() -> None:
    (m,) = party_centre("落实中央和省委关于巡视工作的部署", [])
    assert (m.name, m.surface) == ("中共中央", "中央")
