"""A realistic Pays de la Loire demo programme, loaded when the catalogue starts empty in demo mode."""
