"""Rivers, bays and places as town and county pages write them: verbs before a water's generic word, a river
named only in compounds, hamlets named 某家湾, one-character province names, development-zone short forms, everyday words
that are districts in a list, and the short name of a region named after its nation without 族."""

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def _waters(text: str) -> list[str]:
    return [m.name for m in find_waters(text)]


def _places(text: str, province: str = "") -> list[tuple[str, str]]:
    return [(m.name, m.surface) for m in find_places(text, province=province)]


def test_a_verb_and_its_result_before_a_lake_is_no_name() -> None:
    assert _waters("到2030年全面建成湖(库)健康保障体系。") == []
    assert _waters("建成青柳湖生态公园。") == ["青柳湖"]


def test_into_the_river_is_no_name() -> None:
    assert _waters("规范入江排污口设置,减少入江污染负荷。") == []
    assert _waters("严控入溪排污口。") == []


def test_a_two_character_river_along_which_things_lie() -> None:
    assert _waters("加强对柘河沿线企业的巡查。") == ["柘河"]
    assert _waters("对沂江沿岸的门店开展排查。") == ["沂江"]
    assert _waters("对沿河沿线排污口开展排查。") == []


def test_a_family_bend_is_a_village_not_a_bay() -> None:
    text = "排污口位于丙丁县高新区邬家湾8号电线杆北侧。"
    assert _waters(text) == []
    assert ("邬家湾", "邬家湾") in _places(text)
    assert _places("推进国家湾区建设。") == []


def test_one_character_province_after_a_verb_of_going() -> None:
    assert _places("督察组在沪完成下沉督察。") == [("上海市", "沪")]
    assert _places("代表团赴京参加会议,随后来琼调研。") == [("北京市", "京"), ("海南省", "琼")]
    assert _places("商品在京东平台销售。") == []
    assert _places("在沪深两市上市。") == []


def test_a_development_zone_written_short() -> None:
    assert _places("市水务局、乙丙经开区相关同志参加。") == [("乙丙经开区", "乙丙经开区")]
    assert _places("各经开区要落实责任。") == []


def test_an_everyday_word_that_is_a_district_in_a_list_of_its_siblings() -> None:
    listed = _places("赴上海浦东、宝山、金山等区督察。", province="上海市")
    assert ("金山区", "金山") in listed
    assert ("金山区", "金山") not in _places("金山银山。", province="上海市")


def test_a_region_named_after_its_nation_without_zu() -> None:
    assert _places("西藏、新疆等地") == [("西藏自治区", "西藏"), ("新疆维吾尔自治区", "新疆")]


def test_a_harbour_ships_leave_from_is_no_river() -> None:
    assert _waters("巡查船从甲乙县丙丁港出发。") == []
    assert _waters("将该船扣押至丙丁港过驳锚地。") == []
    assert _waters("整治戊己港河道。") == ["戊己港"]


def test_a_tributary_written_x_shui() -> None:
    assert _waters("湘江支流耒水、洣水水质稳定。") == ["湘江", "耒水", "洣水"]
    assert _waters("提高投资水平。") == []


def test_na_opens_a_southern_place_name_but_not_that() -> None:
    found = _places("走访那丙镇和那丁村。")
    assert ("那丙镇", "那丙镇") in found and ("那丁村", "那丁村") in found
    assert _waters("整治那戊河。") == ["那戊河"]
    assert _waters("那条河水质变好。") == []
    assert _waters("那些河流已整治。") == []


def test_a_provinces_stretch_of_a_river() -> None:
    assert ("陕西省", "陕西") in _places("加固山西、陕西河段堤防。")
