"""The recall list a service checks: what it refuses, and how fresh the polled copy is kept."""

from servicekit.revocation import PolledRevocations, Revocation, RevocationList

FAR = 4_000_000_000  # an expiry far in the future (epoch seconds)


def test_each_kind_refuses_only_the_tokens_it_concerns():
    recalls = RevocationList()
    recalls.add(
        [
            Revocation("jti", "t1", FAR),
            Revocation("sid", "s1", FAR),
            Revocation("sub", "u1", FAR, before=1000),
            Revocation("client", "c1", FAR, before=1000),
        ]
    )
    assert recalls.is_revoked({"jti": "t1", "sub": "x"})
    assert recalls.is_revoked({"jti": "t2", "sid": "s1", "sub": "x"})
    assert recalls.is_revoked({"jti": "t2", "sub": "u1", "iat": 999})
    assert not recalls.is_revoked({"jti": "t2", "sub": "u1", "iat": 1000})  # issued after the mark
    assert recalls.is_revoked({"jti": "t2", "sub": "x", "client_id": "c1", "iat": 999})
    assert not recalls.is_revoked({"jti": "t3", "sub": "x", "client_id": "c2", "iat": 1})


def test_a_later_mark_wins_and_expired_entries_leave():
    recalls = RevocationList()
    recalls.add([Revocation("client", "c1", FAR, before=1000)])
    version = recalls.version
    recalls.add([Revocation("client", "c1", FAR, before=900)])  # older: learns nothing
    assert recalls.version == version
    recalls.add([Revocation("client", "c1", FAR, before=2000)])
    assert recalls.version != version
    assert recalls.is_revoked({"client_id": "c1", "iat": 1500})
    recalls.add([Revocation("jti", "old", 10)])
    recalls.purge(now=100)
    assert not recalls.is_revoked({"jti": "old"}) and len(recalls) == 1


async def test_the_polled_copy_is_never_older_than_max_age_and_survives_an_outage():
    now = [0.0]
    answers = []

    async def fetch(etag):
        answers.append(etag)
        if len(answers) == 1:
            return 200, {"version": "v1", "items": [Revocation("jti", "t1", FAR).to_json()]}
        if len(answers) == 2:
            return 304, None
        raise OSError("passerelle injoignable")

    polled = PolledRevocations(fetch, max_age=1.0, clock=lambda: now[0])
    assert (await polled.current()).is_revoked({"jti": "t1"})  # first use fetches
    await polled.current()
    assert answers == [""]  # within max_age: no second fetch
    now[0] = 1.0
    assert (await polled.current()).is_revoked({"jti": "t1"})  # 304: the copy is kept
    assert answers == ["", "v1"]
    now[0] = 2.5
    assert (await polled.current()).is_revoked({"jti": "t1"})  # gateway down: last copy kept
    assert len(answers) == 3
