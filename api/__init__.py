"""The faces of policykg: the HTTP API, the command line and the web page. Thin: they call graph/ and search/."""
