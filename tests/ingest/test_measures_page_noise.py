"""Page noise is no measure: a social prompt under a news item, a QQ contact, a site's English notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.frames import is_contact, is_frame

PAGE = """某县开展河道垃圾清理行动

近日,某县组织开展河道垃圾清理行动,清理岸线垃圾12吨。
记者:王某某

Next Article
喜欢就点个赞吧!!!
点击关闭提示
联系QQ:12345678
Notice: The content above (including the pictures) is reproduced from the web.
"""


def test_only_the_action_is_a_measure(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(PAGE, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    measures = [n.label for n in record.nodes if n.type == NodeType.MEASURE]
    assert len(measures) == 1
    assert "清理岸线垃圾12吨" in measures[0]


@pytest.mark.parametrize("line, frame", [
    ("喜欢就点个赞吧!!!", True),
    ("觉得有用请长按识别二维码", True),
    ("各镇要落实属地责任,及时清理岸线垃圾。", False),
])
def test_a_social_prompt_frames_the_page(line: str, frame: bool) -> None:
    assert is_frame(line, 0, len(line)) is frame


@pytest.mark.parametrize("line, contact", [
    ("联系电话:0898-12345678", True),
    ("举报热线: 12369", True),
    ("单位地址:某省某市某路1号", True),
    ("联系QQ:12345678", True),
    ("电话督办问题整改进度,确保按期完成。", False),
])
def test_a_contact_field(line: str, contact: bool) -> None:
    assert is_contact(line, 0, len(line)) is contact
