"""PRF benchmarks: `make bench` runs every bench/<area>_*.py module that has a main()."""
