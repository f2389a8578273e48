"""policykg: Chinese government documents on problems and measures, as a knowledge graph and a full-text search."""

__version__ = "0.1.0"
