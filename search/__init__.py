"""The full-text index over passages of the graph (jieba segmentation, BM25, highlights, facets)."""
