"""The places search read model, below the writers.

- `index`: the search columns a session carries (normalised words, copies of the filtered columns);
  every writer of an action, formation, lot or OF calls `refresh_for_formations` (or `derived`).
- `items`: one search item, read flat and presented as the API shows it (also used by sessions).
- `query` + `params`: the statement per filter shape, and the query string it is asked with.
- `cache` + `changes`: answers kept until the offer changes, and how a process learns it changed.
- `router`: `GET /v1/sessions`.

Nothing here imports a writer (a `service` or `router` of another package): writers call down into
`catalog.search`, never the reverse (tests/test_boundaries.py).
"""
