"""Sessions (dates, places ouvertes, recruitment state) and the places search."""
