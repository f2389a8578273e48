"""Files -> clean text -> outline -> sentences -> entities and relations. Pure functions below the readers."""
