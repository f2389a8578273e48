"""Links by nearness (a shared key phrase, the page's topic, an earlier list of findings) reach only sentences that
state an action: a place's figures, a remark or a page's greeting near a problem answer nothing."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.extract.frames import states_action

BRIEFING = """某镇河道整治工作简报
某镇排查发现沿河违规搭建棚屋、随意堆放砂石等问题。
截至目前,共拆除沿河棚屋12处。
沿河棚屋多建于上世纪九十年代,最大的一处占地200平方米。
欢迎访问本镇政府网站!
"""

CAMPAIGN = """某县“清四乱”工作推进有力
某县集中整治河湖“四乱”问题。
全县“四乱”问题排查已覆盖所有乡镇。
“四乱”问题清理完成后及时复绿。
某县境内共有河流21条,总长度460公里。
"""


def test_a_sentence_stating_no_action_shares_no_key_phrase_with_a_finding(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, BRIEFING))
    assert ("截至目前,共拆除沿河棚屋12处。", "沿河违规搭建棚屋", "shared") in got
    assert not any(m.startswith(("沿河棚屋多建于", "欢迎访问")) for m, _, _ in got)


def test_a_page_about_one_campaign_links_its_actions_not_its_figures(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CAMPAIGN))
    assert any(m.startswith("“四乱”问题清理完成后") for m, _, _ in got)
    assert not any(m.startswith("某县境内共有河流") for m, _, _ in got)


def test_words_of_doing_tell_an_action_from_a_description():
    for s in ("责令该企业限期整改。", "执法人员立即赶赴现场核查。", "本次行动共收缴塑料袋3捆。"):
        assert states_action(s, 0, len(s)), s
    for s in ("该河全长12公里,流经3个乡镇。", "您好,欢迎访问本站!", "一名干部发言道。"):
        assert not states_action(s, 0, len(s)), s


def test_a_denied_word_of_doing_states_a_fault():
    for s in ("某湾环卫制度尚不健全,部门工作不协调。", "部分企业未开展监测。"):
        assert not states_action(s, 0, len(s)), s
    assert states_action("对未按要求开展监测的企业立案查处。", 0, 17)


STATED = """某镇海岸垃圾整治情况
退潮后岸滩有大量泡沫浮球、废弃渔网等垃圾滞留。
某镇组织保洁队伍清理泡沫浮球、废弃渔网等垃圾3吨。
"""


def test_a_sentence_naming_a_problem_without_acting_on_it_states_it_and_answers_nothing(tmp_path: Path):
    record = ingest_text(tmp_path, STATED)
    got = measure_links(record)
    assert not any(m.startswith("退潮后") for m, _, _ in got)
    assert any(m.startswith("某镇组织保洁队伍") for m, _, _ in got)
    assert any(n.type == "problem" for n in record.nodes)


NOTICE = """某县饮用水水源地问题整改销号公示
某县已拆除保护区内违章建筑3处,现予以公示。
如对公示内容有异议,请于公示期内向县河长办反映。
邮寄的以邮戳为准,直接送达的以送达日期为准。
"""


def test_a_notices_clauses_on_how_to_object_are_no_measures(tmp_path: Path):
    record = ingest_text(tmp_path, NOTICE)
    texts = [n.attrs["text"] for n in record.nodes if n.type == "measure"]
    assert any(t.startswith("某县已拆除") for t in texts)
    assert not any(t.startswith(("如对公示内容", "邮寄的")) for t in texts)
