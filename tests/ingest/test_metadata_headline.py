"""A web excerpt without the usual title forms is called by its first headline, never by page furniture."""

from __future__ import annotations

import pytest

from policykg.ingest.metadata import find_metadata

BODY = "近日,某县组织开展河道垃圾清理行动,清理岸线垃圾12吨。"


@pytest.mark.parametrize("opening, title", [
    (["您的位置:首页>新闻中心>正文", "某县开展河道清理专项行动"], "某县开展河道清理专项行动"),
    (["![]()", "编辑: admin | 2021-03-02 |", "某市:审计助力水源地整治"], "某市:审计助力水源地整治"),
    (["SSI ļʱ", "某县饮用水水源地违建全部拆除"], "某县饮用水水源地违建全部拆除"),
    (["网站首页 机构设置 政务公开 办事服务", "某镇黑臭水体整治通过验收"], "某镇黑臭水体整治通过验收"),
    (["微信里点“发现”,扫一下", "某某环境信息网"], None),
    (["无障碍浏览", "视频中心"], None),
])
def test_the_first_headline_names_the_excerpt(opening: list[str], title: str | None) -> None:
    meta = find_metadata("\n".join([*opening, BODY]), [])
    assert meta.get("title") == title


def test_a_menu_line_is_no_title_even_when_it_opens_with_guanyu() -> None:
    text = "\n".join(["关于本站 管理团队 版权申明 网站地图", "某县开展河道清理专项行动", BODY])
    assert find_metadata(text, [])["title"] == "某县开展河道清理专项行动"
