"""The shipped gazetteers teach the segmenter: division and water names stay whole words."""

from __future__ import annotations

import jieba

from policykg.search.analyzer import _ensure_jieba


def test_gazetteer_names_are_single_tokens() -> None:
    _ensure_jieba()
    words = list(jieba.cut("推进临高县和北部湾综合治理"))
    assert "临高县" in words and "北部湾" in words
