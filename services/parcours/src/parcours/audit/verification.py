"""Check the audit hash chain from the first entry; shared by the endpoint and the command line."""

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.audit import chain, repository
from parcours.audit.schemas import RuptureOut, VerificationOut


async def verify(session: AsyncSession) -> VerificationOut:
    rows = await session.stream(repository.chain_order().execution_options(yield_per=2000))
    walker = chain.Walker()
    async for row in rows:
        walker.step(dict(row._mapping))
    count, rupture = walker.count, walker.rupture
    return VerificationOut(
        valide=rupture is None,
        entrees=count,
        premiere_rupture=RuptureOut(**vars(rupture)) if rupture else None,
    )
