"""Settings shared by the command line and the server."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_db() -> Path:
    """`$POLICYKG_DB`, else a per-user data folder."""
    env = os.environ.get("POLICYKG_DB")
    return Path(env) if env else Path(platformdirs.user_data_dir("policykg")) / "db"


def sample_corpus() -> list[Path]:
    """The documents that ship with policykg (data/corpus; SOURCES.md says where they come from)."""
    folder = Path(__file__).resolve().parent.parent / "data" / "corpus"
    return sorted(f for f in folder.iterdir() if f.is_file() and f.name != "SOURCES.md")


@dataclass
class Settings:
    db: Path = field(default_factory=default_db)
    max_upload_bytes: int = 50 * 1024 * 1024
    cors_origins: list[str] = field(default_factory=list)
    ingest_sample_if_empty: bool = True
