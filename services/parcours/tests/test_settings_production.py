import pytest

from parcours.settings import ParcoursSettings


def test_the_demo_nir_key_is_refused_in_production():
    with pytest.raises(ValueError, match="NIR"):
        ParcoursSettings(env="production", client_secret="vrai-secret").check_production()
    ParcoursSettings(
        env="production", client_secret="vrai-secret", nir_pepper="cle-reelle"
    ).check_production()
