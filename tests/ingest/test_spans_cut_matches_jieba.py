"""The extractors' word cut is jieba's own: spans works it out from the dictionary counts the gazetteer reads, so a
change of jieba's dictionary or of its cut must show here, not as names quietly cut at other edges."""

from __future__ import annotations

import jieba
import pytest

from policykg.ingest.extract.spans import dictionary_words

SENTENCES = [
    "治理以前甲乙河沿岸的排污口,完成率达到98.5%。",
    "市生态环境局联合水务局开展黑臭水体排查,发现问题12个。",
    "2023年5月,COD和NH3-N浓度均达到Ⅲ类标准 (GB3838-2002)。",
    "督察组指出:部分乡镇污水处理设施长期停运,管网错接混接。",
    "沿江各县区落实河长制,清理河道垃圾3.2万吨",
]


@pytest.fixture(scope="module")
def tokenizer() -> jieba.Tokenizer:
    t = jieba.Tokenizer()
    t.initialize()
    return t


@pytest.mark.parametrize("text", SENTENCES)
def test_the_cut_is_jiebas_default_cut_without_hmm(tokenizer: jieba.Tokenizer, text: str) -> None:
    assert list(dictionary_words(text)) == list(tokenizer.tokenize(text, HMM=False))


def test_every_window_of_a_sentence_is_cut_as_jieba_cuts_it(tokenizer: jieba.Tokenizer) -> None:
    text = SENTENCES[0] + SENTENCES[2]
    for lo in range(0, len(text), 3):
        for hi in range(lo + 1, min(len(text), lo + 24) + 1, 5):
            assert list(dictionary_words(text[lo:hi])) == list(tokenizer.tokenize(text[lo:hi], HMM=False)), text[lo:hi]
