"""A date that opens a clause, or follows 于 after the one who acted, dates the clause's event whatever its verb;
a start before 以来 that opens a clause is a key date too. Dates that only qualify, list or head a story are none."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates


def dates(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in find_key_dates(sentence)]


def test_a_date_opening_a_sentence_dates_the_event_after_it_whatever_the_verb():
    assert dates("2021年3月9日,某区环保分局接到市民反映某河道有异味。") == [
        ("milestone", "2021年3月9日", "某区环保分局接到市民反映某河道有异味")
    ]
    assert dates("为推进整治,8月17日某镇人民政府组织人员清理河道垃圾。")[0][:2] == ("milestone", "8月17日")


def test_the_hour_after_the_date_is_part_of_when():
    assert dates("6月12日下午,区级河长带队巡查甲河。")[0][:2] == ("milestone", "6月12日下午")
    assert dates("3月2日上午9:30,某局召开推进会。")[0][:2] == ("milestone", "3月2日上午9:30")


def test_a_month_or_a_part_of_a_month_opening_a_sentence_dates_an_event():
    assert dates("2022年7月,某县完成全部排口封堵。")[0][:2] == ("milestone", "2022年7月")
    assert dates("今年6月底,某局对辖区企业开展排查。")[0][:2] == ("milestone", "今年6月底")


def test_the_first_sentence_of_a_news_story_opens_after_its_lead():
    assert dates("某日报讯(记者 某某)7月3日,某市水务局启动河道清淤。")[0][:2] == ("milestone", "7月3日")
    assert dates("某在线消息 7月3日,某市水务局启动河道清淤。")[0][:2] == ("milestone", "7月3日")


def test_a_clause_of_basis_after_the_date_is_not_the_event():
    (d,) = find_key_dates("2022年5月6日,根据省里统一部署,某局对某公司开展执法检查。")
    assert d.subject.startswith("某局对某公司开展")


def test_a_date_after_yu_dates_what_the_one_before_it_did():
    assert dates("我局于2023年4月12日对你单位进行了现场调查。") == [
        ("milestone", "2023年4月12日", "我局对你单位进行了现场调查")
    ]
    assert dates("某村于5月9日已派人清理河道。")[0][:2] == ("milestone", "5月9日")


def test_a_start_opening_a_clause_is_a_key_date():
    assert dates("2019年以来,某省累计整治排污口300个。")[0][:2] == ("start", "2019年以来")
    assert dates("9月份以来,某局对全市设施进行排查。")[0][:2] == ("start", "9月份以来")


def test_dates_that_qualify_list_or_head_a_story_are_no_events():
    assert dates("2022年,全市水质优良比例为95%。") == []  # a year alone dates a summary
    assert dates("某报北京3月5日电 某部召开会议") == []  # a dateline
    assert dates("对2019年以来的问题开展排查。") == []  # a start that does not open its clause
    assert dates("该公司分别于3月5日和4月6日提交报告。") == []  # a list of days
    assert dates("报告了(2023年5月的)监测情况。") == []  # inside brackets
    assert dates("位于2号路东侧,由于1月份降雨偏多。") == []


def test_a_body_whose_name_ends_in_wei_still_acts_on_the_date_after_yu():
    assert dates("你单位于2023年3月2日排放水污染物。")[0][:2] == ("milestone", "2023年3月2日")
    assert dates("项目位于2号路,该站位于1月份建成的园区。") == []
