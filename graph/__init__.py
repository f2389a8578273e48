"""The graph: vocabulary, records, the durable store and the views derived from it."""
