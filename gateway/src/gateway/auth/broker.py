from fastapi import APIRouter

router = APIRouter(tags=["oauth2"])
