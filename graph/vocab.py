"""The closed vocabulary of node and edge types (shared/DESIGN.md). A misspelled type is an error."""

from __future__ import annotations

from enum import StrEnum


class NodeType(StrEnum):
    DOCUMENT = "document"
    SECTION = "section"
    PROBLEM = "problem"
    MEASURE = "measure"
    REGULATION = "regulation"
    BAY = "bay"
    RIVER = "river"
    UNIT = "unit"
    PLACE = "place"
    PERSON = "person"
    FIGURE = "figure"
    CONFLICT = "conflict"


class EdgeType(StrEnum):
    PART_OF = "part_of"
    ADDRESSES = "addresses"
    STATED_IN = "stated_in"
    ACTS_ON = "acts_on"
    PERFORMED_BY = "performed_by"
    CONCERNS = "concerns"
    REPORTS = "reports"
    ISSUED_BY = "issued_by"
    LOCATED_IN = "located_in"
    MENTIONS = "mentions"
    SUB_PROBLEM_OF = "sub_problem_of"
    CONFLICTS_WITH = "conflicts_with"
    RELATED_TO = "related_to"


#: Entity types that are resolved across documents (one node per thing, evidence in every document).
SHARED_TYPES = frozenset(
    {NodeType.REGULATION, NodeType.BAY, NodeType.RIVER, NodeType.UNIT, NodeType.PLACE, NodeType.PERSON}
)

#: Types whose nodes are full-text passages in the search index.
PASSAGE_TYPES = frozenset({NodeType.MEASURE, NodeType.SECTION, NodeType.PROBLEM, NodeType.REGULATION})

NODE_LABELS_ZH: dict[NodeType, str] = {
    NodeType.DOCUMENT: "文件",
    NodeType.SECTION: "章节",
    NodeType.PROBLEM: "问题",
    NodeType.MEASURE: "措施",
    NodeType.REGULATION: "法规文件",
    NodeType.BAY: "海湾",
    NodeType.RIVER: "河湖",
    NodeType.UNIT: "单位",
    NodeType.PLACE: "地点",
    NodeType.PERSON: "人物",
    NodeType.FIGURE: "数据",
    NodeType.CONFLICT: "矛盾表述",
}
