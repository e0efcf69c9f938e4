"""HTTP: LHÉO import (Région) and export (public)."""

from fastapi import APIRouter

router = APIRouter(prefix="/v1", tags=["LHÉO"])
