"""Place holds for the parcours service: hold, confirm, release, expire."""
