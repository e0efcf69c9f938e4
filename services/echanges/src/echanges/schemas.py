"""Request and response bodies (API.md § Exchanges)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field


class AbonnementIn(BaseModel):
    url: str = Field(
        description="Adresse https qui recevra les livraisons (POST JSON signé).", max_length=2000
    )
    evenements: list[str] = Field(min_length=1, description="Types d'événements souhaités.")
    description: str = Field("", max_length=500, description="Libellé libre pour s'y retrouver.")
    role: Literal["organisme", "valideur", "region"] | None = Field(
        None, description="Région seulement : périmètre de l'abonné (par défaut celui de l'appelant)."
    )
    org_id: str | None = Field(None, description="Région seulement : organisme (SIRET) ou valideur concerné.")


class AbonnementOut(BaseModel):
    id: str = Field(description="Identifiant de l'abonnement.")
    url: str = Field(description="Adresse de réception.")
    evenements: list[str] = Field(description="Types d'événements livrés.")
    description: str = Field(description="Libellé libre.")
    role: str = Field(description="Périmètre : organisme, valideur ou region.")
    org_id: str = Field(description="Organisation dont le périmètre s'applique.")
    created_at: datetime = Field(description="Date de création.")
    rotation_en_cours_jusqu_a: datetime | None = Field(
        None, description="Fin de validité de l'ancien secret après une rotation."
    )


class AbonnementCree(AbonnementOut):
    secret: str = Field(description="Secret de signature `whsec_…`, affiché une seule fois.")


class LivraisonOut(BaseModel):
    id: str = Field(description="Identifiant de la livraison, envoyé dans `webhook-id`.")
    type: str = Field(description="Type d'événement.")
    statut: Literal["EN_ATTENTE", "LIVREE", "ECHEC"] = Field(description="État de la livraison.")
    tentatives: int = Field(description="Nombre de tentatives faites.")
    prochaine_tentative: datetime | None = Field(description="Prochain essai prévu (en attente seulement).")
    dernier_statut_http: int | None = Field(description="Code HTTP de la dernière réponse du récepteur.")
    derniere_latence_ms: int | None = Field(description="Durée de la dernière tentative, en millisecondes.")
    derniere_erreur: str | None = Field(description="Cause du dernier échec (délai dépassé, HTTP 500…).")
    created_at: datetime = Field(description="Création de la livraison.")
    livree_at: datetime | None = Field(description="Date de réception confirmée (réponse 2xx).")


class ExportIn(BaseModel):
    depuis: date | None = Field(
        None, description="Reprise : tous les dossiers entrés depuis cette date (sinon, l'incrément)."
    )


class ExportOut(BaseModel):
    id: str = Field(description="Identifiant de l'export.")
    nb_evenements: int = Field(description="Nombre d'événements du fichier.")
    depuis: date | None = Field(None, description="Date de reprise, pour un export de reprise.")
    created_at: datetime | None = Field(None, description="Date de l'export.")
    acquitte_at: datetime | None = Field(None, description="Date de chargement du fichier retour.")
    nb_acceptes: int = Field(0, description="Événements acceptés par la plateforme nationale.")
    nb_rejetes: int = Field(0, description="Événements rejetés par la plateforme nationale.")


class Rejet(BaseModel):
    evenement_id: int = Field(description="Numéro de l'événement dans le fichier.")
    dossier_id: str = Field(description="Dossier (identifiant du parcours).")
    motifs: list[str] = Field(description="Raisons du rejet données par la plateforme nationale.")


class ExportDetail(ExportOut):
    rejets: list[Rejet] = Field(default_factory=list, description="Événements rejetés et leurs raisons.")
