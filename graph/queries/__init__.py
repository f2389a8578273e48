"""Questions the graph answers directly: pure reads over a GraphReader (graph/reader.py), so the embedded store
and a remote SPARQL store give the same answers. One module per kind of question."""
