"""From what a researcher types to an index query: words, "phrases", AND / OR / NOT and field filters.

Space-separated words are all optional but a passage is ranked by how many of them it holds (the searcher
re-ranks on coverage); AND makes its neighbours required, NOT (or a leading -) excludes. Each word is looked
up through jieba tokens in titles, text and linked entity names, through the indexed words holding it, and
through a phrase of character pairs (which sections and documents index), so a partial word (湾长 in 湾长制)
never misses. Every malformed input becomes a BadQuery, never a crash.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from policykg.graph.errors import BadQuery

from .analyzer import bigrams, chinese_analyzer, normalize_query_text
from .clauses import (And, AndMaybe, AndNot, Clause, Contains, Every, Held, NumericRange, Or, Phrase, Prefix, Term,
                      TermRange)
from .schema import FILTER_FIELDS, GRAM_FIELDS, WORD_FIELDS

MAX_QUERY = 1000
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"', "』": '"'})
_TOKEN = re.compile(r'(\w+):\[([^\]]*)\]|(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)')
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_RANGE = re.compile(r"^\s*(\S*)\s+TO\s+(\S*)\s*$")
_OPERATORS = {"AND", "OR", "NOT"}
#: The indexed words holding a text (`lexicon.Lexicon.holding`); none when the query is parsed without an index.
Holding = Callable[[str], list[str]]


def _no_index(_text: str) -> list[str]:
    return []


@dataclass
class ParsedQuery:
    """A query ready for the index, with what the re-ranking and highlighting need to know."""

    query: Clause | None
    """Text clauses, or None when the query is only filters."""
    filter: Clause | None
    exclude: Clause | None
    words: list[str] = field(default_factory=list)
    """The positive words and phrases, normalized, in the order typed (coverage and highlights)."""
    narrow: Clause | None = None
    """`query` without its part-of-a-word alternatives (character pairs, holding words), asked first (pair
    phrases check positions in every candidate, and whole words mostly find enough). Only for one word or
    phrase, or words all required: where words are optional, the pair phrases' scores help rank passages holding more of them, and researchers'
    questions were answered less well without them."""
    held: Clause | None = None
    """`narrow` with the indexed words holding a query word (exact matches, no positions to check), asked next:
    a part of a word then rarely needs the character pairs."""
    by_score: bool = False
    """Every passage matching holds every word whole (one word or phrase, or words all required, each a single
    token): re-ranking by coverage of the words cannot change the engine's order."""

    @property
    def first(self) -> tuple[Clause, ...]:
        """The narrower queries asked before `query`, in turn (`engine.first_then`)."""
        return tuple(x for x in (self.narrow, self.held) if x is not None)


def _check(raw: str) -> str:
    if len(raw) > MAX_QUERY:
        raise BadQuery(f"query of {len(raw)} characters is over the {MAX_QUERY} limit", "ask with fewer words")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in raw):
        raise BadQuery("the query holds control characters", "type words, \"a phrase\", AND / OR / NOT")
    q = normalize_query_text(raw).translate(_QUOTES).strip()
    if not q:
        raise BadQuery("empty query", "type some words, e.g. 禁塑")
    if q.count('"') % 2:
        raise BadQuery("unbalanced quote in the query", 'close the phrase: "湾长制 实施方案"')
    return q


def _tokens(text: str) -> list[str]:
    """jieba tokens that can be searched for (punctuation is not indexed in any useful way)."""
    return [t.text for t in chinese_analyzer()(text) if bigrams(t.text)]


def _phrase_words(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A phrase's jieba tokens in index order, and the numbers of those that are whole words: the ones no
    longer token's characters cover (search mode yields a long word's pieces just before it)."""
    spans = [(t.text, t.startchar, t.endchar) for t in chinese_analyzer()(text, chars=True) if bigrams(t.text)]
    whole = tuple(i for i, (_w, a, b) in enumerate(spans)
                  if not any(x <= a and b <= y and y - x > b - a for _v, x, y in spans))
    return tuple(w for w, _a, _b in spans), whole


def _word_tokens(word: str) -> list[str]:
    """The word's tokens without the pieces jieba's search mode adds inside a longer token.

    A passage holding the longer token holds those pieces too (the index is segmented the same way), so
    requiring them as well matches the same passages at two or three times the cost.
    """
    toks = list(dict.fromkeys(_tokens(word)))
    return [t for t in toks if not any(t != u and t in u for u in toks)]


def word_query(word: str, holding: Holding = _no_index) -> Clause:
    """A word found by its jieba tokens in any text field, inside a longer indexed word, or as a substring
    through character pairs."""
    toks = _word_tokens(word)
    holders = holding(word)
    alts: list[Clause] = []
    for f in WORD_FIELDS:
        if len(toks) == 1:
            alts.append(Term(f, toks[0]))
        elif toks:
            alts.append(And(tuple(Term(f, t) for t in toks)))
        alts += [Held(f, w) for w in holders if w not in toks]
    grams = [g for g, _ in bigrams(word)]
    for f in GRAM_FIELDS:
        if len(grams) == 1:
            alts.append(Term(f, grams[0]))
        elif grams:
            alts.append(Phrase(f, tuple(grams)))
    if not alts:
        raise BadQuery(f"nothing to search for in {word!r}", "use Chinese words, letters or digits")
    return Or(tuple(alts))


def phrase_query(phrase: str, holding: Holding = _no_index) -> Clause:
    """The exact character sequence: consecutive jieba tokens, an indexed word holding it, or consecutive
    character pairs."""
    toks, whole = _phrase_words(phrase)
    grams = [g for g, _ in bigrams(phrase)]
    if not grams:
        raise BadQuery(f"nothing to search for in the phrase {phrase!r}")
    alts: list[Clause] = [Phrase(f, tuple(grams)) if len(grams) > 1 else Term(f, grams[0]) for f in GRAM_FIELDS]
    if toks:
        whole = whole if len(whole) < len(toks) else ()
        alts += [Phrase(f, toks, whole) if len(toks) > 1 else Term(f, toks[0]) for f in WORD_FIELDS]
    holders = holding(phrase) if " " not in phrase else []
    alts += [Held(f, w) for f in WORD_FIELDS for w in holders]
    return Or(tuple(alts))


def filter_query(name: str, value: str, is_range: bool) -> Clause:
    """One field filter: type, doc (exact), unit / place / water (part of a name), year and date (or ranges)."""
    if name not in FILTER_FIELDS:
        raise BadQuery(f"unknown field {name!r}", f"fields: {', '.join(sorted(FILTER_FIELDS))}")
    if not value:
        raise BadQuery(f"empty value for {name}:")
    if is_range:
        m = _RANGE.match(value)
        if not m or name not in {"year", "date"}:
            raise BadQuery(f"bad range {name}:[{value}]", "write year:[2019 TO 2021] or date:[2021-01 TO 2021-06]")
        lo, hi = (x if x not in {"", "*"} else None for x in m.groups())
        if name == "year":
            try:
                return NumericRange("year", int(lo) if lo else None, int(hi) if hi else None)
            except ValueError as e:
                raise BadQuery(f"years are numbers: {value}") from e
        if any(b and not _ISO_DATE.match(b) for b in (lo, hi)):
            raise BadQuery(f"dates are ISO dates: {value}", "write date:[2021-01 TO 2021-06]")
        return TermRange("date", lo, hi)
    if name == "year":
        if not value.isdigit():
            raise BadQuery(f"years are numbers: {value}")
        return NumericRange("year", int(value), int(value))
    if name == "date":
        return Prefix("date", value)
    if name in {"type", "doc"}:
        return Term(name, value)
    return Contains(name, value)


def without_pairs(clause: Clause, keep_held: bool = False) -> Clause | None:
    """The clause with its part-of-a-word alternatives (character pairs, holding words) left out; None when a
    part has no other alternative.

    Exclusions (the right side of AndNot) keep their pairs: what a researcher excludes stays excluded. With
    `keep_held`, the holding words stay.
    """
    match clause:
        case Held():
            return clause if keep_held else None
        case Term(f) | Phrase(f) if f in GRAM_FIELDS:
            return None
        case Or(parts):
            kept = tuple(x for x in (without_pairs(p, keep_held) for p in parts) if x is not None)
            return (kept[0] if len(kept) == 1 else Or(kept)) if kept else None
        case And(parts):
            kept = tuple(without_pairs(p, keep_held) for p in parts)
            return None if None in kept else And(kept)  # type: ignore[arg-type]
        case AndMaybe(required, optional):
            r, o = without_pairs(required, keep_held), without_pairs(optional, keep_held)
            return None if r is None or o is None else AndMaybe(r, o)
        case AndNot(positive, negative):
            p = without_pairs(positive, keep_held)
            return None if p is None else AndNot(p, negative)
    return clause


def _first(text_q: Clause) -> tuple[Clause | None, Clause | None]:
    """(narrow, held) of a query, each None when it is no narrower than the step after it."""
    held = without_pairs(text_q, keep_held=True)
    if held == text_q:
        held = None
    narrow = without_pairs(text_q)
    if narrow == (held or text_q):
        narrow = None
    return narrow, held


def parse(raw: str, holding: Holding = _no_index) -> ParsedQuery:
    """Parse a query string; raises BadQuery with a hint for anything malformed. `holding` gives the indexed
    words holding a query word (the searcher passes the index's lexicon).

    >>> parse('湾长 "湾长制 实施方案" NOT 禁塑 type:measure').words
    ['湾长', '湾长制 实施方案']
    """
    q = _check(raw)
    should: list[Clause] = []
    must: list[Clause] = []
    must_not: list[Clause] = []
    filters: list[Clause] = []
    excluded_filters: list[Clause] = []
    words: list[str] = []
    negate = require_next = False
    for m in _TOKEN.finditer(q):
        rf, rv, qf, qv, ff, fv, phrase, word = m.groups()
        if word in _OPERATORS:
            if word == "NOT":
                negate = True
            elif word == "AND":
                if should:
                    must.append(should.pop())
                require_next = True
            continue
        if word and word.startswith("-") and len(word) > 1:
            negate, word = True, word[1:]
        name = rf or qf or ff
        if name:
            fq = filter_query(name, (rv if rf else qv if qf else fv).strip(), bool(rf))
            (excluded_filters if negate else filters).append(fq)
        else:
            text = (phrase if phrase is not None else word).lower().strip()
            if not text:
                raise BadQuery("empty phrase in the query")
            sub = phrase_query(text, holding) if phrase is not None else word_query(text, holding)
            if negate:
                must_not.append(sub)
            else:
                words.append(text)
                (must if require_next else should).append(sub)
        negate = require_next = False
    if negate or require_next:
        raise BadQuery("the query ends with an operator", "write 禁塑 NOT 宣传, 湾长制 AND 考核")
    if must and should:
        text_q: Clause | None = AndMaybe(And(tuple(must)), Or(tuple(should)))
    elif must or should:
        text_q = And(tuple(must)) if must else Or(tuple(should))
    else:
        text_q = Every() if must_not or filters or excluded_filters else None
    if text_q is None:
        raise BadQuery("empty query", "type some words, e.g. 禁塑")
    if must_not:
        text_q = AndNot(text_q, Or(tuple(must_not)))
    one_way = len(should) <= 1 and not (must and should)
    narrow, held = _first(text_q) if one_way else (None, None)
    return ParsedQuery(
        query=text_q,
        filter=And(tuple(filters)) if filters else None,
        exclude=Or(tuple(excluded_filters)) if excluded_filters else None,
        words=words,
        narrow=narrow,
        held=held,
        by_score=one_way and all(" " not in w and _word_tokens(w) == [w] for w in words),
    )
