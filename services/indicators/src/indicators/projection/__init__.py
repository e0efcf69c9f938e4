"""The projections of the producers' feeds: facts (current + history), cohort tables, cursors.

`transitions` (what one event does to a fact's state, no I/O) · `batch` (a page's states: load, flush)
· `apply` (the live path: one page, one transaction with its cursor) · `rebuild` (wipe and replay, with
its cache and pipeline on PostgreSQL) · `finish` (the end of a PostgreSQL rebuild) · `cohorts` ·
`cursors`."""
