"""One exception root for the whole product; the API turns these into HTTP answers in one place."""

from __future__ import annotations


class PolicykgError(Exception):
    """Root of every error policykg raises on purpose. `hint` tells a user what to do next."""

    status = 500
    code = "error"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class NotFound(PolicykgError):
    """A node, document or regulation that the store does not hold."""

    status = 404
    code = "not_found"


class BadQuery(PolicykgError):
    """A malformed search, SPARQL or filter expression."""

    status = 400
    code = "bad_query"


class Refused(PolicykgError):
    """A request that is well formed but not allowed (SPARQL update, path traversal, over a limit)."""

    status = 400
    code = "refused"


class TooLarge(PolicykgError):
    """Input over a configured size limit."""

    status = 413
    code = "too_large"


class RejectedFile(PolicykgError):
    """A file that cannot be ingested: empty, binary, undecodable, truncated or of an unknown type."""

    status = 422
    code = "rejected_file"


class TimedOut(PolicykgError):
    """A query that ran past its time limit."""

    status = 503
    code = "timed_out"


class StoreBusy(PolicykgError):
    """Another writer holds the store."""

    status = 503
    code = "store_busy"
