"""A website in a page's source field (甲乙网, 某某网-某省频道, 中国某省在线) did not issue the page: the place in its
name must not make the document that place's, so it gives no issuer and the title's issuer is used instead."""

from __future__ import annotations

from policykg.ingest.assemble.entities import document_issuer


def test_site_names_give_no_issuer() -> None:
    for field in ("重庆甲乙网", "某某网-江苏频道", "中国甘肃在线", "中國西藏網 ", "某报客户端"):
        assert document_issuer(field, "") == "", field


def test_body_in_the_field_is_the_issuer() -> None:
    assert document_issuer("甲乙县生态环境局", "") == "甲乙县生态环境局"


def test_a_grid_company_is_no_site() -> None:
    assert document_issuer("国家电网有限公司", "") == "国家电网有限公司"
