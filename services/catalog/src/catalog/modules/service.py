"""Add-on modules: an OF proposes on its own actions (or the Région does); the Région decides."""

from sqlalchemy.ext.asyncio import AsyncSession

from catalog.common.auth import WRITE, ensure_holder
from catalog.common.errors import Errors
from catalog.common.referentiels import check_code
from catalog.errors import HorsPerimetre, ModuleDejaTraite
from catalog.formations import repository as formations_repo
from catalog.formations.models import Action, Formation
from catalog.modules.models import ModuleAdditionnel
from catalog.modules.schemas import DecisionIn, ModuleIn
from servicekit.auth import Principal
from servicekit.models import utcnow
from servicekit.problems import FieldError, InvalidData


async def _holders(session: AsyncSession, action: Action) -> set[str]:
    formation = await session.get(Formation, action.formation_id)
    return await formations_repo.formation_holders(session, formation) if formation else set()


async def propose(session: AsyncSession, *, principal: Principal, data: ModuleIn) -> ModuleAdditionnel:
    errors = Errors()
    action = await session.get(Action, data.action_id)
    if action is None:
        errors.add("/action_id", "Action introuvable.")
    await check_code(session, errors, "types-modules", data.type, "/type", "Type de module")
    errors.raise_if_any()
    assert action is not None
    ensure_holder(principal, await _holders(session, action))
    module = ModuleAdditionnel(
        **data.model_dump(), propose_par="REGION" if principal.has(WRITE) else principal.org_id
    )
    session.add(module)
    await session.flush()
    return module


async def decide(
    session: AsyncSession, *, principal: Principal, module: ModuleAdditionnel, data: DecisionIn
) -> ModuleAdditionnel:
    if not principal.has(WRITE):
        raise HorsPerimetre("Seule la Région valide ou refuse un module.")
    if module.statut != "PROPOSE":
        raise ModuleDejaTraite(f"Ce module a déjà été traité (statut {module.statut}).")
    if data.decision == "REFUSE" and not data.motif:
        raise InvalidData(
            "Un refus doit être motivé.", errors=[FieldError("/motif", "Motif obligatoire en cas de refus.")]
        )
    module.statut = data.decision
    module.motif = data.motif
    module.decided_at = utcnow()
    await session.flush()
    return module


async def withdraw(
    session: AsyncSession, *, principal: Principal, module: ModuleAdditionnel, motif: str | None
) -> ModuleAdditionnel:
    action = await session.get(Action, module.action_id)
    assert action is not None
    ensure_holder(principal, await _holders(session, action))
    if module.statut == "RETIRE":
        return module
    if module.statut == "REFUSE":
        raise ModuleDejaTraite("Un module refusé ne peut pas être retiré.")
    module.statut = "RETIRE"
    module.motif = motif or module.motif
    module.decided_at = utcnow()
    await session.flush()
    return module
