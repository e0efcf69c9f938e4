"""The echanges service's tables (SQLAlchemy Core: the rows are written in bulk by the feed consumer)."""

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, Integer, String, Table, Text

from servicekit.models import UTCDateTime, new_registry

metadata = new_registry().metadata

feed_cursor_t = Table(
    "feed_cursor",
    metadata,
    Column("source", String(32), primary_key=True),
    Column("position", BigInteger, nullable=False),
)

# Who owns what, copied from the feeds: the scope of a webhook subscriber and the AGORA exclusions.
session_scope_t = Table(
    "session_scope",
    metadata,
    Column("session_id", String(64), primary_key=True),
    Column("organisme_siret", String(14), nullable=False),
    Column("dispositif", String(64), nullable=False),
    Column("programme", String(64), nullable=False),
)
candidature_scope_t = Table(
    "candidature_scope",
    metadata,
    Column("candidature_id", String(64), primary_key=True),
    Column("session_id", String(64), nullable=False),
    Column("valideur_org_id", String(64), nullable=False),
)
dossier_t = Table(
    "agora_dossier",
    metadata,
    Column("dossier_id", String(64), primary_key=True),  # the parcours id
    Column("candidature_id", String(64), nullable=False),
    Column("session_id", String(64), nullable=False),
    Column("date_entree", Date, nullable=False, index=True),
)

# Reference data per Région: dispositifs / programmes whose dossiers are not sent to AGORA (BR-23).
exclusion_t = Table(
    "agora_exclusion",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("libelle", String(200), nullable=False),
)

agora_event_t = Table(
    "agora_evenement",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("dossier_id", String(64), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("date", Date, nullable=False),
    Column("source_id", String(40), nullable=False, unique=True),  # the feed event: replays are no-ops
    Column("data", JSON, nullable=False),
)
agora_export_t = Table(
    "agora_export",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("depuis", Date, nullable=True),
    Column("after_seq", BigInteger, nullable=False),
    Column("upto_seq", BigInteger, nullable=False),
    Column("nb_evenements", Integer, nullable=False),
    Column("acquitte_at", UTCDateTime(), nullable=True),
)
agora_retour_t = Table(
    "agora_retour",
    metadata,
    Column("export_id", String(36), primary_key=True),
    Column("evenement_id", BigInteger, primary_key=True),
    Column("dossier_id", String(64), nullable=False),
    Column("statut", String(8), nullable=False),
    Column("motifs", JSON, nullable=False),
)

abonnement_t = Table(
    "abonnement",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("client_id", String(128), nullable=False),
    Column("role", String(16), nullable=False),
    Column("org_id", String(64), nullable=False),
    Column("url", Text, nullable=False),
    Column("evenements", JSON, nullable=False),
    Column("description", String(500), nullable=False),
    Column("secret", String(64), nullable=False),
    Column("secret_precedent", String(64), nullable=True),
    Column("precedent_jusqu_a", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("actif", Boolean, nullable=False),
)
livraison_t = Table(
    "livraison",
    metadata,
    Column("id", String(36), primary_key=True),  # also the webhook-id header
    Column("abonnement_id", String(36), nullable=False, index=True),
    Column("type", String(64), nullable=False),
    Column("corps", Text, nullable=False),
    Column("statut", String(12), nullable=False, index=True),  # EN_ATTENTE, LIVREE, ECHEC
    Column("tentatives", Integer, nullable=False),
    Column("prochaine_tentative", UTCDateTime(), nullable=False, index=True),
    Column("dernier_statut_http", Integer, nullable=True),
    Column("derniere_latence_ms", Integer, nullable=True),
    Column("derniere_erreur", String(300), nullable=True),
    Column("enregistre_at", UTCDateTime(), nullable=False),  # when the producer committed the event
    Column("created_at", UTCDateTime(), nullable=False),
    Column("livree_at", UTCDateTime(), nullable=True),
)
