"""Towns and counties as the national code lists name them: a town's name ends where the list of township-level
divisions says it starts, a listed town may end like a generic word, an autonomous county keeps its level without
its nations, and a link farm's list of divisions at a page's foot names no place."""

from policykg.ingest.extract.places import find_places


def _places(text: str, province: str = "") -> list[tuple[str, str]]:
    return [(m.name, m.surface) for m in find_places(text, province=province)]


def test_a_listed_town_starts_after_the_words_a_pattern_reads_back() -> None:
    assert _places("据群众举报,线上平台区马坡镇某村存在渣土倾倒") == [("马坡镇", "马坡镇")]


def test_a_listed_town_after_its_county_and_a_field_name() -> None:
    names = [n for n, _s in _places("项目建设地点凤台县马坡镇,存在批建不符行为")]
    assert names == ["凤台县", "马坡镇"]


def test_the_market_town_of_a_listed_town_stays_whole() -> None:
    # 演丰集镇 is the market town of 演丰镇, though 丰集镇 is another town of the list
    assert _places("完成演丰集镇污水管网排查") == [("演丰集镇", "演丰集镇")]


def test_a_listed_town_that_ends_like_a_generic_word() -> None:
    assert _places("排查范围涉及凤台县、凤城镇和大兴镇") == [
        ("凤台县", "凤台县"), ("凤城镇", "凤城镇"), ("大兴镇", "大兴镇")]


def test_small_and_new_towns_are_a_kind_not_a_name() -> None:
    assert _places("推进小城镇建设,促进大中城市、小城镇协调发展") == []


def test_the_suffix_that_opens_a_county_names_no_town() -> None:
    assert _places("合力助推镇安县巡河工作") == [("镇安县", "镇安县")]


def test_an_autonomous_county_written_without_its_nations() -> None:
    assert _places("涉及孟连自治县3座矿山") == [("孟连傣族拉祜族佤族自治县", "孟连自治县")]
    assert _places("宁夏自治区生态环境厅") == [("宁夏回族自治区", "宁夏自治区")]


def test_a_link_farms_list_of_divisions_names_no_place() -> None:
    text = "本站在海宁市开展巡查。\n页脚:阿城区| 密云区| 海宁市| 丽江市| 昆山市| 凤凰县| 和田市| 大理市| 遵义市| 新闻"
    assert _places(text) == [("海宁市", "海宁市")]


def test_a_table_row_of_one_provinces_cities_stays() -> None:
    row = "杭州市| 宁波市| 温州市| 嘉兴市| 湖州市| 绍兴市| 金华市| 衢州市|"
    assert len(_places(row)) == 8


def test_a_listed_town_whose_name_holds_a_word_of_its_own() -> None:
    # 都 alone reads "all", 如 "as": the list holds the towns whole
    assert _places("下一步,二都镇将加大巡查力度") == [("二都镇", "二都镇")]
    assert _places("近日,如意乡开展河道清理") == [("如意乡", "如意乡")]


def test_a_generic_word_read_back_is_not_lengthened_into_a_listed_town() -> None:
    assert _places("通报2021年1-9月城镇内河水质不达标情况") == []
