"""Units as pages write them: a suffix character that belongs to another word, a word glued before
a name, a name started inside a word, works and sites, and two bodies run together in an issuer line."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_verb_ending_in_a_suffix_character_is_no_body() -> None:
    assert names("将该案件移送公安机关侦办。") == []
    assert names("强化调度督促和盯办抽查") == []
    assert names("甲湾地处乙岛的西侧海域") == []
    assert names("发现破损处及时进行维修") == []


def test_a_land_use_office_still_ends_in_di_chu() -> None:
    assert names("丙县自然资源局用地处负责审核") == ["丙县自然资源局用地处"]


def test_a_word_glued_before_a_name_is_left_out() -> None:
    assert names("(转自甲州水利厅网)") == ["甲州水利厅"]
    assert names("并结合国家海洋督察组提供的清单") == ["国家海洋督察组"]
    assert names("今后生态环境部将继续督办") == ["生态环境部"]
    assert names("本站信息并不代表本站观点") == []


def test_names_that_hold_those_words_keep_them() -> None:
    assert names("甲市中西医结合医院") == ["甲市中西医结合医院"]
    assert names("乙省驻京代表处") == ["乙省驻京代表处"]


def test_a_name_never_starts_inside_a_word_a_stop_character_opens() -> None:
    assert names("未经省级以上人民政府批准") == []
    assert names("但个别农贸市场仍有经营户违规") == []
    assert names("为项目接收站提供用地") == []


def test_works_and_sites_are_no_bodies_unless_a_firm_owns_them() -> None:
    assert names("****小学****泵站,落实截污措施") == []
    assert names("对丁国道三标段临时搅拌站下发通知") == []
    assert names("核查施工工地、垃圾处理站、污水处理厂") == []
    assert names("检查了甲建设工程总公司搅拌站") == ["甲建设工程总公司搅拌站"]


def test_two_bodies_of_one_kind_written_together_are_two() -> None:
    assert names("《住房城乡建设部生态环境部关于印发某方案的通知》") == ["住房城乡建设部", "生态环境部"]
    assert names("根据《省环保厅省水利厅关于印发某办法的通知》") == ["省环保厅", "省水利厅"]
    assert names("《中共中央办公厅国务院办公厅印发<某意见>的通知》") == ["中共中央办公厅", "国务院办公厅"]
    assert names("《中共吉林省委员会吉林省人民政府关于某事的意见》") == ["中共吉林省委员会", "吉林省人民政府"]


def test_a_body_and_its_own_part_stay_one_name() -> None:
    assert names("甲州生态环境局乙丙分局执法人员") == ["甲州生态环境局乙丙分局"]
    assert names("生态环境部水生态环境司司长") == ["生态环境部水生态环境司"]
    assert names("甲市生态环境局海洋处处长") == ["甲市生态环境局海洋处"]


def test_a_pages_fields_after_a_body_are_no_document_number() -> None:
    assert names("承办:甲县人民政府办公室 电话:0000") == ["甲县人民政府办公室"]
    assert names("来源:乙县水利局 字号:[大 中 小]") == ["乙县水利局"]
    assert names("鲁政办字〔2019〕3号") == []


def test_an_offices_director_leaves_the_office_a_body() -> None:
    assert names("县委常委、县委办公室主任甲乙出席") == ["县委办公室"]
    assert names("会议室主任") == []


def test_a_place_named_after_an_activity_word_opens_the_name() -> None:
    assert names("对建设镇甲村党支部开展巡察") == ["建设镇甲村党支部"]
    assert names("建设路街道办事处") == ["建设路街道办事处"]
    assert names("加快建设政务服务中心") == ["政务服务中心"]


def test_a_decisions_payment_field_is_no_bank() -> None:
    assert names("收款银行:甲市中国工商银行乙区支行") == ["甲市中国工商银行乙区支行"]


def test_a_months_word_opens_no_name() -> None:
    assert names("9月份甲县河长制办公室组织排查") == ["甲县河长制办公室"]


def test_a_provinces_group_named_after_the_central_campaign_it_serves() -> None:
    assert names("向吉林省配合中央生态环境保护督察“回头看”联络组移交") == ["吉林省配合中央生态环境保护督察“回头看”联络组"]
    assert names("市配合中央第一生态环境保护督察组开展工作") == ["中央第一生态环境保护督察组"]
    assert names("吉林省配合中央第四督察组") == ["中央第四督察组"]
