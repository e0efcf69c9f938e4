"""The parcours events of contracts.md §4: payload models (their JSON schemas are published) and emit."""
