"""The list envelope every list route answers with: {"data": [...], "count": N}, paged by limit and offset."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Path, Query
from pydantic import BaseModel, Field

T = TypeVar("T")

#: The id in a resource's path, as /problems, /regulations, /documents and search hits give it.
ItemId = Annotated[str, Path(description="The item's id, as lists and search hits give it (e.g. problem:7729b6ddad6e7ff3).")]
#: The node an /entities route is about: an id, or a name resolved like `policykg entity NAME`.
EntityRef = Annotated[str, Path(description="A node's id, or its name or alias (the best match is taken).")]


class Page(BaseModel, Generic[T]):
    """One page of a list; `count` is how many items the whole list holds, not this page."""

    data: list[T]
    count: int = Field(description="Items in the whole list (page on with offset).", examples=[42])


class PageParams(BaseModel):
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, description="Items on this page (at most the server's page size limit).")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip (pagination).")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(page_params)]


def paginate(items: list[Any], page: PageParams) -> dict[str, Any]:
    return {"data": items[page.offset : page.offset + page.limit], "count": len(items)}
