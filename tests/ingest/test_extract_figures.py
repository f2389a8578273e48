"""Figures: numbers with units in invented report sentences, and what is not a figure."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures, find_series
from policykg.ingest.normalize import normalize


def texts(sentence: str) -> list[str]:
    return [f.text for f in find_figures(normalize(sentence)[0])]


def test_counts_amounts_rates_and_lengths_are_figures():
    s = "全年共巡查河道312次,出动人员8620人次,拨付资金1520.5万元,整治岸线约42公里,达标率为96.7%。"
    assert texts(s) == ["312次", "8620人次", "1520.5万元", "约42公里", "96.7%"]


def test_value_keeps_its_qualifier_and_drops_the_copula():
    assert texts("可回收材料产量约为2600吨/月,覆盖率不低于30%,发放手册3000余份") == [
        "约2600吨/月", "不低于30%", "3000余份",
    ]


def test_multiplier_and_percentage_points():
    assert texts("累计巡湖2.6万次,较上年提高12.5个百分点") == ["2.6万次", "12.5个百分点"]


def test_ordinals_names_document_numbers_and_dates_are_not_figures():
    s = "2021年3月5日召开第18次常务会议,印发〔2021〕7号文件,PM2.5浓度下降"
    assert texts(s) == []


def test_full_width_digits_and_square_metres_are_normalized_first():
    assert texts("整治面积约１５０００㎡,新建泵站３座") == ["约15000m2", "3座"]


def test_chinese_numeral_counts_only_with_safe_classifiers():
    assert texts("拆除违建一处、清理河道三段,实行一次性告知,进一步加强") == ["一处", "三段"]


def test_touching_figures_form_one_figure():
    assert texts("将5大类23小类产品纳入管理") == ["5大类23小类"]


def test_water_quality_class_is_a_figure():
    assert texts("断面水质由劣V类提升为III类") == ["劣V类", "III类"]


def test_subject_is_the_noun_after_a_classifier_else_the_words_before():
    figs = find_figures("交办的45件信访件已办结44件,办结率为97.8%")
    assert [(f.subject, f.text) for f in figs] == [("信访件", "45件"), ("办结", "44件"), ("办结率", "97.8%")]


def test_clause_is_the_stretch_between_commas():
    t = "其中,夜间巡查410人次,白天巡查900人次"
    f = find_figures(t)[0]
    assert t[f.clause_start:f.clause_end] == "夜间巡查410人次"


def test_key_dates_are_periods_deadlines_labelled_dates_and_the_day_a_clause_opens_with():
    from policykg.ingest.extract.key_dates import find_key_dates

    t = "2023年4月6日至5月6日,督察组进驻某县;2024年6月底前完成整改;2023年5月8日,召开会议;交办日期:\n2023-05-09"
    assert [(k.kind, k.value) for k in find_key_dates(t)] == [
        ("period", "2023年4月6日至5月6日"), ("deadline", "2024年6月底前"), ("milestone", "2023年5月8日"),
        ("date", "2023-05-09"),
    ]
    assert find_key_dates(t)[3].subject == "交办日期"


def test_a_key_date_holds_as_of_its_own_first_day(tmp_path):
    from policykg.ingest import pipeline

    path = tmp_path / "notice.txt"
    path.write_text("2023年4月6日至5月6日,督察组对某县开展督察。\n交办日期:\n2023-05-09\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    got = {n.attrs["value"]: n.attrs.get("as_of") for n in record.nodes if n.type == "figure"}
    assert got == {"2023年4月6日至5月6日": "2023-04-06", "2023-05-09": "2023-05-09"}


def test_signature_dates_and_inspection_milestones_are_key_dates():
    from policykg.ingest.extract.key_dates import find_key_dates

    t = "2023年6月2日,省督察组向某县反馈了督察意见。\n2023年6月9日,召开会议。\n某县人民政府\n2023年7月1日"
    assert [(k.kind, k.value, k.subject) for k in find_key_dates(t)] == [
        ("milestone", "2023年6月2日", "省督察组向某县反馈了督察意见"), ("milestone", "2023年6月9日", "召开会议"),
        ("date", "2023年7月1日", "某县人民政府"),
    ]


def series(sentence: str) -> list[list[str]]:
    text = normalize(sentence)[0]
    return [[f.text for f in run] for run in find_series(text, find_figures(text))]


def test_values_of_one_unit_coordinated_in_a_sentence_are_a_series():
    s = "共交办问题86条,已完成整改79条,整改完成率91.9%;抽查排污单位31家、运维单位6家"
    assert series(s) == [["86条", "79条"], ["31家", "6家"]]


def test_values_in_other_units_or_far_apart_are_not_a_series():
    assert series("出动执法人员450人次,检查企业120家,下发整改通知书37份") == []
    assert series("全市12个乡镇已完成划定工作,另有一个工作组正在对其余5个乡镇逐一核查") == []
    assert series("建成污水管网12公里。新建管网8公里") == []


def test_a_duration_in_months_keeps_its_unit():
    assert texts("开展了为期4个月的海上执法联合行动") == ["4个月"]


def test_a_score_or_an_index_is_a_figure_with_or_without_points():
    assert texts("考核综合平均分为99.33,综合得分98.5分,空气质量综合指数为3.2,分为三类") == ["99.33", "98.5分", "3.2"]


def test_a_case_is_dated_by_its_report_or_referral_and_by_each_later_step():
    from policykg.ingest.extract.key_dates import find_key_dates

    t = "2024年3月4日,某分局接到某局移交的案件线索;2024年3月6日,执法人员赶赴现场核查。"
    assert [(k.kind, k.value) for k in find_key_dates(t)] == [("milestone", "2024年3月4日"), ("milestone", "2024年3月6日")]


def test_cubic_metres_are_written_as_fang_but_aspects_and_plans_are_not_figures():
    assert texts("主要河道清淤3.7万余方,从3方面推进,编制2方案") == ["3.7万余方"]
