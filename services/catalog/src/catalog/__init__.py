"""Catalogue service: the regional offer, places and holds, LHÉO."""
