"""The buyer's side of the offer: organismes, marchés and their lots."""
