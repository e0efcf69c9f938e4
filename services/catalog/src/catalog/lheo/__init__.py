"""LHÉO (the Carif-Oref exchange format): import 2.2/2.3, export 2.3."""
