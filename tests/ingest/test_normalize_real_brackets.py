"""Dropping pinyin glosses (關(guān)) keeps every bracket that is part of the text."""

from __future__ import annotations

import pytest

from policykg.ingest.normalize import normalize


@pytest.mark.parametrize("kept", [
    "整改到位(略)", "印发方案(2023)", "化学需氧量(COD)", "细颗粒物(PM2.5)", "一级A标准(gb18918-2002)",
    "酸碱度(pH)", "地理信息系统(GIS)", "附件(a)", "管理办法(试行)", "咖啡馆(café)", "简历(résumé)", "环境(jing)保护",
])
def test_a_bracket_that_is_text_stays(kept: str) -> None:
    assert normalize(kept)[0] == kept


@pytest.mark.parametrize(("glossed", "clean"), [
    ("關(guān)于", "关于"), ("創(chuàng)新", "创新"), ("領(lǐng)導(dǎo)", "领导"), ("雙(shuāng)方", "双方"),
    ("鵝(é)群", "鹅群"), ("略(lüè)", "略"), ("關（guān）于", "关于"),
])
def test_a_gloss_after_a_character_goes(glossed: str, clean: str) -> None:
    text, offsets = normalize(glossed)
    assert text == clean
    assert len(offsets) == len(text) + 1
