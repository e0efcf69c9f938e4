"""Secret and password hashing (argon2)."""

import hashlib
from collections import OrderedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Client secrets verified recently: argon2 is deliberately slow (~50 ms of CPU), and partner software and
# PRF's own services present the same secret at every token request. The key binds the stored hash, so a
# rotated secret misses the cache. Only successes are remembered; passwords never go through the cache.
_VERIFIED: OrderedDict[str, None] = OrderedDict()
_VERIFIED_MAX = 1024


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(secret_hash: str, secret: str) -> bool:
    if not secret_hash:
        return False
    try:
        return _hasher.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def verify_client_secret(secret_hash: str, secret: str) -> bool:
    if not secret_hash:
        return False
    key = hashlib.sha256(f"{secret_hash}\0{secret}".encode()).hexdigest()
    if key in _VERIFIED:
        _VERIFIED.move_to_end(key)
        return True
    ok = verify_secret(secret_hash, secret)
    if ok:
        _VERIFIED[key] = None
        while len(_VERIFIED) > _VERIFIED_MAX:
            _VERIFIED.popitem(last=False)
    return ok
