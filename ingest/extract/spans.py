"""Spans of text a name takes: whether a new name overlaps those already taken."""

from __future__ import annotations


def overlaps(spans: list[tuple[int, int]], a: int, z: int) -> bool:
    """Whether a..z overlaps one of the spans."""
    return any(x < z and a < y for x, y in spans)


def cuts(spans: list[tuple[int, int]], a: int, z: int, whole: bool) -> bool:
    """Whether a..z overlaps one of the spans, other than by holding it whole when `whole` allows that."""
    return any(x < z and a < y and not (whole and a <= x and y <= z) for x, y in spans)
