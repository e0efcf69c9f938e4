"""Add-on modules proposed on an action, validated (or refused) by the Région."""
