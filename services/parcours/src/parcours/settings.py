from typing import Annotated

from fastapi import Depends
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from servicekit.settings import ServiceSettings, settings_dependency


class ParcoursSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PARCOURS_", extra="ignore")

    service_name: str = "parcours"
    client_id: str = "prf-parcours"
    # Attendance: most hours a trainee can be present + absent on one day.
    heures_jour_max: float = 10.0
    # Early warnings (DOMAIN.md §4 decision): consecutive unjustified absence days, and the attendance
    # rate under which the last `alerte_fenetre_jours` training days raise an alert.
    alerte_absences_consecutives: int = 3
    alerte_taux_min: float = 0.70
    alerte_fenetre_jours: int = 10
    # Planned hours of a full-time training day (part time: weekly hours / 5).
    heures_jour_temps_plein: float = 7.0
    # A pending candidature expires this many days after it was recorded (DOMAIN.md §3 decision).
    expiration_jours: int = 15
    expiration_intervalle_s: float = 3600.0
    # Pepper of the keyed hash under which a NIR is kept (never in clear).
    nir_pepper: SecretStr = SecretStr("demo-nir-pepper")
    # Demo data: how many candidatures at most, and how long to wait for the catalogue's sessions.
    demo_max_sessions: int = 400
    demo_attente_catalogue_s: float = 600.0
    csv_lot_lignes: int = 5000

    def check_production(self) -> None:
        super().check_production()
        if self.env == "production" and self.nir_pepper.get_secret_value() == "demo-nir-pepper":
            raise ValueError("parcours : la clé de hachage du NIR de démonstration est refusée en production")


SettingsDep = Annotated[ParcoursSettings, Depends(settings_dependency(ParcoursSettings))]
