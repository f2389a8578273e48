"""How a measure finds the problem it answers beyond its section and its own sentence: a heading that names a
fault, a paragraph opening with its purpose, a key phrase shared with a problem stated earlier — each edge saying
which rule made it (basis)."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.graph.model import DocumentRecord

PLAN = """某市近岸海域综合治理实施方案
一、重点任务
(一)强化陆源入海污染控制。
1.深化工业污染防治。
严格执行行业排放标准,推动园区污水集中处理。
"""

PURPOSE = """某县湖库治理工作情况
为加强湖库总磷控制,某县开展湖库入湖支流排查行动。开展三轮加密监测,收集有效数据120个。
另外,全县组织植树活动一次。
"""

SHARED = """某镇河道整治工作简报
某镇排查发现沿河违规搭建棚屋、随意堆放砂石等问题。
截至目前,共拆除沿河棚屋12处。
下一步,组织开展日常巡查。
"""

TOPIC = """某镇河道整治工作简报
某镇排查发现沿河违规搭建棚屋、随意堆放砂石等问题。
第一批拆除棚屋5处。
第二批拆除棚屋4处。
第三批拆除棚屋3处。
第四批拆除棚屋2处。
"""

FOUND = """某化工企业违法排污案情况
执法人员对该企业做全面检查,检查发现:该企业废水收集池已经满载。其后该企业关闭阀门,任由废水直接流入雨水管网,存在主观故意。
"""

LABELLED = """某市海洋督察反馈问题整改落实情况
问题一:某湾沿岸存在违法养殖行为。
整改情况:市农业农村局清理违法养殖网箱300口。
问题二:入海排污口底数不清。
整改情况:完成入海排污口排查,建立排污口台账。
"""

AUDIT = """某县审计查出问题整改情况
一、预算执行方面
(一)专项资金闲置问题
问题:县水务局专项资金800万元闲置超过一年。
整改情况:已将闲置资金统筹用于农村供水工程。
二、其他问题
1.存在问题:部分乡镇垃圾中转站未配备渗滤液处理设施。
整改措施:县住建局新建渗滤液处理设施5套。
"""

MIDWAY = """某区整改工作情况
全区召开动员会议部署整改。针对河道违法采砂问题,一是开展联合执法。二是设立河道视频监控点12处。
"""

NEXT_STEPS = """某县河长制工作总结
(三)加强水污染防治。为减少农业面源污染,推广测土配方施肥5万亩。完成12个村庄生活污水治理。
二、存在问题
1.部分乡镇河长履职不到位,巡河频次不足。
2.农村生活污水收集率偏低,部分河段水质不稳定。
三、下一步工作
一是开展河长履职考核。二是加快农村污水管网建设,提高污水收集率。
"""


def test_a_heading_naming_the_fault_it_controls_scopes_its_measures(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, PLAN))
    measure = "严格执行行业排放标准,推动园区污水集中处理。"
    assert (measure, "工业污染", "section") in got
    assert (measure, "陆源入海污染", "subtree") in got


def test_a_paragraph_opening_with_its_purpose_links_its_later_measures(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, PURPOSE))
    assert ("为加强湖库总磷控制,某县开展湖库入湖支流排查行动。", "湖库总磷", "sentence") in got
    assert ("开展三轮加密监测,收集有效数据120个。", "湖库总磷", "paragraph") in got
    assert not any(m.startswith("另外") for m, _, _ in got)


def test_a_measure_sharing_a_key_phrase_with_an_earlier_problem_addresses_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, SHARED))
    assert ("截至目前,共拆除沿河棚屋12处。", "沿河违规搭建棚屋", "shared") in got
    assert not any(m == "截至目前,共拆除沿河棚屋12处。" and p == "随意堆放砂石" for m, p, _ in got)
    assert not any(m.startswith("下一步") for m, _, _ in got)


def test_a_phrase_the_whole_document_repeats_ties_nothing(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, TOPIC))
    assert not any(basis == "shared" for _, _, basis in got)


def test_an_inspection_addresses_the_findings_that_follow_its_colon_in_its_paragraph(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, FOUND))
    inspection = next(m for m, _, _ in got if m.startswith("执法人员"))
    assert (inspection, "废水直接流入雨水管网", "paragraph") in got


def measures(record: DocumentRecord) -> set[str]:
    return {n.attrs["text"] for n in record.nodes if n.type == "measure"}


def test_a_paragraph_labelled_as_a_problem_states_a_finding_that_the_rectification_after_it_answers(tmp_path: Path):
    record = ingest_text(tmp_path, LABELLED)
    assert not any(m.startswith("问题") for m in measures(record))
    got = measure_links(record)
    assert ("整改情况:市农业农村局清理违法养殖网箱300口。", "某湾沿岸存在违法养殖行为", "finding") in got
    assert ("整改情况:完成入海排污口排查,建立排污口台账。", "入海排污口底数不清", "finding") in got
    assert not any(m.startswith("整改情况:市农业") and p == "入海排污口底数不清" for m, p, _ in got)


def test_in_an_audit_report_the_labelled_finding_and_its_heading_are_both_answered(tmp_path: Path):
    record = ingest_text(tmp_path, AUDIT)
    got = measure_links(record)
    measure = "整改情况:已将闲置资金统筹用于农村供水工程。"
    assert (measure, "专项资金闲置问题", "section") in got
    assert (measure, "县水务局专项资金800万元闲置超过一年", "finding") in got
    assert "整改措施:县住建局新建渗滤液处理设施5套。" in measures(record)
    assert ("整改措施:县住建局新建渗滤液处理设施5套。", "部分乡镇垃圾中转站未配备渗滤液处理设施", "section") in got


STATED = """某市关于专项审计发现问题整改情况的函
一、具体整改情况
(一)某市部分乡镇污水处理设施未正常运行。
该问题已完成整改。一是对停运设施逐一维修,恢复运行12座。二是建立设施运行月报制度。
(二)某市农村黑臭水体排查不到位。
该问题正在整改。一是组织重新排查,新发现黑臭水体3处。
"""


def test_in_an_audit_letter_each_heading_states_its_finding_and_scopes_the_measures_under_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, STATED))
    assert ("二是建立设施运行月报制度。", "某市部分乡镇污水处理设施未正常运行", "section") in got
    assert ("一是组织重新排查,新发现黑臭水体3处。", "某市农村黑臭水体排查不到位", "section") in got
    assert not any(p == "某市部分乡镇污水处理设施未正常运行" and "重新排查" in m for m, p, _ in got)


LETTER = """某省生态环境厅关于加强入海排污口管理的通知
甲县、乙县、丙区人民政府,市各有关委、办、局,省直有关单位:
为加强入海排污口监管,现就有关事项通知如下。
一、开展排查
各市要在年底前完成排查,建立排污口台账:
经排查,某区完成整治,现将整治情况报告如下。
"""


def test_a_letters_salutation_and_announcement_are_no_measures_but_work_announced_with_them_is(tmp_path: Path):
    got = measures(ingest_text(tmp_path, LETTER))
    assert "各市要在年底前完成排查,建立排污口台账:" in got
    assert "经排查,某区完成整治,现将整治情况报告如下。" in got
    assert not any("人民政府" in m or "通知如下" in m for m in got)


def test_contact_fields_are_no_measures(tmp_path: Path):
    record = ingest_text(tmp_path, LABELLED + "联系电话:0000-1234567;\n邮寄地址:某市某路1号,邮政编码:000000。\n")
    assert not any(m.startswith(("联系电话", "邮寄地址")) for m in measures(record))


def test_a_purpose_opening_a_later_sentence_holds_for_the_items_after_it_not_before(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, MIDWAY))
    assert ("二是设立河道视频监控点12处。", "河道违法采砂问题", "paragraph") in got
    assert not any(m.startswith("全区召开") and p == "河道违法采砂问题" for m, p, _ in got)


def test_a_purpose_inside_a_paragraph_without_items_after_it_holds_for_its_own_sentence_only(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEXT_STEPS))
    assert ("为减少农业面源污染,推广测土配方施肥5万亩。", "农业面源污染", "sentence") in got
    assert not any(m.startswith("完成12个村庄") for m, _, _ in got)


def test_a_later_measure_answers_the_listed_findings_it_shares_a_phrase_with(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NEXT_STEPS))
    assert ("一是开展河长履职考核。", "部分乡镇河长履职不到位,巡河频次不足", "document") in got
    assert not any(m == "一是开展河长履职考核。" and p.startswith("农村生活污水") for m, p, _ in got)
    assert ("二是加快农村污水管网建设,提高污水收集率。", "农村生活污水收集率偏低,部分河段水质不稳定", "document") in got


NEWS = """某市近岸海域污染防治工作综述
领导重视,工作机制进一步完善
某市召开近岸海域污染防治推进会10余次,现场调研20余次,推动工作落实到位。
狠抓整治,水产养殖进一步规范
针对某镇养殖污染问题,及时成立工作专班,制定监管执法工作指引。
"""


def test_a_news_reports_part_headings_are_no_measures(tmp_path: Path):
    got = measures(ingest_text(tmp_path, NEWS))
    assert not any(m.startswith(("领导重视", "狠抓整治")) for m in got)
    assert "针对某镇养殖污染问题,及时成立工作专班,制定监管执法工作指引。" in got


def test_a_pages_furniture_and_a_source_in_brackets_are_no_measures(tmp_path: Path):
    text = NEWS + "(某县政府办)\n特别声明:以上内容为用户上传并发布,本平台仅提供信息存储服务。\n原标题:某市治水成效明显\n"
    got = measures(ingest_text(tmp_path, text))
    assert not any(m.startswith(("(某县", "特别声明", "原标题")) for m in got)
    assert "针对某镇养殖污染问题,及时成立工作专班,制定监管执法工作指引。" in got


def test_a_news_reports_dateline_and_byline_are_not_part_of_its_first_measure(tmp_path: Path):
    text = "某市治水工作综述\n某报讯(记者某某 通讯员某某)9月5日,某市水务局完成甲河清淤3.7万方,拆除违建12处。\n"
    record = ingest_text(tmp_path, text)
    assert "9月5日,某市水务局完成甲河清淤3.7万方,拆除违建12处。" in measures(record)
