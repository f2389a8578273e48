"""Response models of the HTTP API, with examples for the OpenAPI page at /docs.

Nodes and edges keep the JSON shape of the export (`id, type, label, aliases, attrs, evidence` and
`source, target, type, attrs, evidence`), so one parser reads the API and the files.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EVIDENCE = {"doc": "doc:3f2a9c", "start": 120, "end": 164}
NODE = {"id": "regulation:5d1e", "type": "regulation", "label": "海南省全面推行“湾长制”实施方案", "aliases": [],
        "attrs": {"kind": "方案"}, "evidence": [EVIDENCE]}


class Evidence(BaseModel):
    doc: str = Field(description="Id of the document node.")
    start: int = Field(description="First character in the document's normalized text.")
    end: int = Field(description="Character after the last one.")


class NodeOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [NODE]})
    id: str
    type: str
    label: str
    aliases: list[str] = []
    attrs: dict[str, Any] = {}
    evidence: list[Evidence] = []


class EdgeOut(BaseModel):
    id: str | None = None
    source: str
    target: str
    type: str
    attrs: dict[str, Any] = {}
    evidence: list[Evidence] = []


class GraphOut(BaseModel):
    """A subgraph: nodes and the edges among them."""

    nodes: list[NodeOut]
    edges: list[EdgeOut]
    truncated: bool = Field(False, description="True when a bound (max_nodes) stopped the walk before it found every "
                            "node: the nearest ones are given.")


class Problem(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "problem:81c2", "title": "在饮用水水源地划定保护工作方面", "parent": None, "parent_title": "",
         "measures": 4, "status": "完成", "evidence": [EVIDENCE]}]})
    id: str
    title: str
    parent: str | None = Field(None, description="Id of the broader problem, if any.")
    parent_title: str = ""
    measures: int = Field(description="Measures that address it directly.")
    status: str = Field("", description="Rectification status the text states (完成, 正在推进 …), if any.")
    evidence: list[Evidence] = []


class ProblemMeasure(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"measure_id": "measure:9a0b", "text": "2021年3月，市生态环境局完成水源地规范化建设。", "date": "2021-03",
         "problem_id": "problem:81c2", "problem": "在饮用水水源地划定保护工作方面", "units": ["市生态环境局"],
         "status": "完成", "doc": "doc:3f2a9c", "start": 120, "end": 146}]})
    measure_id: str
    text: str
    date: str
    problem_id: str
    problem: str
    units: list[str] = Field(description="Units that performed the measure.")
    status: str = ""
    doc: str
    start: int
    end: int


class Regulation(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "regulation:5d1e", "title": "海南省全面推行“湾长制”实施方案", "kind": "方案", "issuers": ["省政府办公厅"],
         "actions": 3, "first_date": "2018-01", "last_date": "2021-02"}]})
    id: str
    title: str
    kind: str = ""
    issuers: list[str] = []
    actions: int = Field(description="Actions (drafted, issued, implemented …) recorded on it.")
    first_date: str = ""
    last_date: str = ""


class Action(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"verb": "印发", "date": "2018-01-25", "unit": "省政府办公厅", "place": "海南省", "measure_id": "measure:77aa",
         "text": "2018年1月25日，省政府办公厅印发《海南省全面推行“湾长制”实施方案》。", "doc": "doc:3f2a9c",
         "regulation": "海南省全面推行“湾长制”实施方案", "start": 10, "end": 52}]})
    verb: str
    date: str
    unit: str
    place: str = ""
    measure_id: str
    text: str
    doc: str
    regulation: str = ""
    start: int = 0
    end: int = 0


class Quote(BaseModel):
    doc: str
    start: int
    end: int
    text: str = Field(description="The characters the span covers.")
    before: str = Field(description="A little text before the span.")
    after: str = Field(description="A little text after it.")
    owner: str = Field("", description="Id of the node or edge the span supports.")


class EntityEdge(BaseModel):
    edge: EdgeOut = Field(description="The edge, with its first spans on a page (evidence_count counts them all).")
    other: NodeOut = Field(description="The node at the other end, with its first spans on a page (its own page "
                           "has them all).")
    direction: Literal["out", "in"]
    evidence_count: int = Field(0, description="Spans of the edge in all.")


class EntityPage(BaseModel):
    """A node, each of its edges with the node at the other end, and the source spans behind them, by the page:
    `limit` edges and `limit` of the node's own spans from `offset` on."""

    node: NodeOut = Field(description="The node, its evidence holding this page's spans of its own.")
    edges: list[EntityEdge]
    evidence: list[Quote] = Field(description="The node's spans on this page and the spans its edges carry, quoted.")
    edge_count: int = Field(description="Edges of the node in all (page on with offset).", examples=[42])
    evidence_count: int = Field(0, description="Spans of the node's own in all (page on with offset, or read them "
                                "alone at /entities/{id}/evidence).", examples=[120])


class MeasurePage(EntityPage):
    problems: list[dict[str, Any]] = Field(description="Problems it addresses: problem_id, problem, doc, start, end.")


class TimelineItem(BaseModel):
    kind: Literal["action", "measure"]
    verb: str
    date: str
    unit: str
    measure: str = Field(description="Id of the measure.")
    text: str
    evidence: list[Evidence]
    regulation: str | None = None
    regulation_id: str | None = None


class Period(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"period": "2021-02", "count": 1, "actions": 1, "measures": 0, "items": [
        {"kind": "action", "verb": "印发", "date": "2021-02-10", "unit": "市政府", "measure": "measure:77aa",
         "text": "2021年2月10日，市政府印发《某某河道管理办法》。", "evidence": [EVIDENCE],
         "regulation": "某某河道管理办法", "regulation_id": "regulation:12ab"}]}]})
    period: str
    count: int = Field(0, description="Items of the period in all (`items` may show the first ones only).")
    actions: int = Field(0, description="Actions on regulations among them.")
    measures: int = Field(0, description="Dated measures acting on no regulation among them.")
    items: list[TimelineItem]


class Document(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"id": "doc:3f2a9c", "title": "关于湾长制工作情况的报告", "sha256": "9f86d0…", "path": "报告.txt",
         "ingested_at": "2026-01-01T00:00:00+00:00"}]})
    id: str
    title: str
    sha256: str
    path: str
    ingested_at: str


class DocumentText(Document):
    text: str = Field(description="The normalized text that evidence offsets point into.")


class Upload(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"status": "ingested", "doc": "doc:3f2a9c", "filename": "报告.txt", "nodes": 120, "edges": 300, "message": ""}]})
    status: Literal["ingested", "unchanged"]
    doc: str
    filename: str
    nodes: int
    edges: int
    message: str = ""
