"""Extractors: pure functions from normalized text to mentions and relations."""
