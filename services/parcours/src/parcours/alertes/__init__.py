"""Early warnings: attendance patterns announcing a rupture, shown to the OF and the prescriber."""
