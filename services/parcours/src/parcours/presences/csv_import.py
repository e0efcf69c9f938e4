"""POST /presences/import: a streamed CSV (never held whole in memory), all lines or none."""

from __future__ import annotations

import codecs
import csv
import uuid
from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from parcours.alertes.rules import Thresholds
from parcours.errors import EncodageInvalide, ImportInvalide
from parcours.presences import repository
from parcours.presences.repository import ParcoursInfo
from parcours.presences.schemas import FIELDS, REQUIRED
from parcours.presences.service import Row, Writer, check_row
from servicekit.auth import Principal

MAX_ERRORS = 1000


class LineError(Exception):
    def __init__(self, colonne: str | None, message: str) -> None:
        super().__init__(message)
        self.colonne, self.message = colonne, message


async def lines(stream: AsyncIterator[bytes]) -> AsyncIterator[str]:
    """Decoded lines (UTF-8, BOM dropped), chunk by chunk."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    rest = ""
    async for chunk in stream:
        try:
            rest += decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise EncodageInvalide("Le fichier doit être encodé en UTF-8.") from exc
        *complete, rest = rest.split("\n")
        for line in complete:
            yield line.rstrip("\r")
    rest += decoder.decode(b"", final=True)
    if rest.strip():
        yield rest.rstrip("\r")


def _number(text: str, colonne: str) -> float:
    value = text.strip().replace(" ", "").replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        raise LineError(colonne, f"Nombre invalide : « {text} ».") from None
    if not number >= 0 or number == float("inf"):
        raise LineError(colonne, "Un nombre positif ou nul est attendu.")
    return number


def _date(text: str) -> date:
    value = text.strip()
    try:
        if "/" in value:
            return datetime.strptime(value, "%d/%m/%Y").date()
        return date.fromisoformat(value)
    except ValueError:
        raise LineError("date", f"Date invalide : « {text} » (AAAA-MM-JJ attendu).") from None


def parse(values: dict[str, str]) -> Row:
    try:
        parcours_id = uuid.UUID(values["parcours_id"].strip())
    except ValueError:
        raise LineError("parcours_id", "Identifiant de parcours (UUID) invalide.") from None
    absent = values.get("heures_absence", "").strip()
    motif = values.get("motif_absence", "").strip().upper() or None
    if motif not in (None, "JUSTIFIEE", "INJUSTIFIEE"):
        raise LineError("motif_absence", "Motif d'absence : JUSTIFIEE ou INJUSTIFIEE attendu.")
    return Row(
        parcours_id,
        _date(values["date"]),
        _number(values["heures_presence"], "heures_presence"),
        _number(absent, "heures_absence") if absent else 0.0,
        motif,
    )


class FieldTooLong(Exception):
    """A value over the csv module's limit (128 KiB); `rank` is its position on the line, if found."""

    def __init__(self, rank: int | None) -> None:
        super().__init__(rank)
        self.rank = rank


def _cells(line: str, sep: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=sep))
    except csv.Error:
        limit = csv.field_size_limit()
        raise FieldTooLong(
            next((i for i, cell in enumerate(line.split(sep)) if len(cell) > limit), None)
        ) from None


def _too_long() -> str:
    return f"Valeur trop longue (au plus {csv.field_size_limit() // 1024} Kio)."


def header(line: str) -> tuple[str, list[str]]:
    sep = ";" if line.count(";") >= line.count(",") else ","
    try:
        names = [n.strip().lower() for n in _cells(line, sep)]
    except FieldTooLong:
        raise _rejected([{"ligne": 1, "colonne": None, "message": _too_long()}], 1) from None
    errors = [
        {"ligne": 1, "colonne": n, "message": f"Colonne inconnue : « {n} »."}
        for n in names
        if n not in FIELDS
    ]
    errors += [
        {"ligne": 1, "colonne": n, "message": f"Colonne obligatoire absente : « {n} »."}
        for n in REQUIRED
        if n not in names
    ]
    if errors:
        raise _rejected(errors, len(errors))
    return sep, names


def _rejected(errors: list[dict[str, Any]], count: int) -> ImportInvalide:
    detail = f"Fichier refusé : {count} erreur(s), aucune ligne enregistrée."
    return ImportInvalide(detail, extra={"erreurs": errors, "nombre_erreurs": count})


class Importer:
    def __init__(
        self,
        session: AsyncSession,
        principal: Principal,
        max_hours: float,
        thresholds: Thresholds,
        batch: int,
    ) -> None:
        self.session, self.principal, self.max_hours, self.batch = session, principal, max_hours, batch
        self.writer = Writer(session=session, principal=principal, thresholds=thresholds)
        self.known: dict[uuid.UUID, ParcoursInfo | None] = {}
        self.errors: list[dict[str, Any]] = []
        self.count = 0
        self.buffer: list[tuple[int, Row]] = []

    def error(self, ligne: int, colonne: str | None, message: str) -> None:
        self.count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append({"ligne": ligne, "colonne": colonne, "message": message})

    async def drain(self) -> None:
        missing = {r.parcours_id for _, r in self.buffer if r.parcours_id not in self.known}
        if missing:
            found = await repository.infos(self.session, missing)
            for pid in missing:
                self.known[pid] = found.get(pid)
        for ligne, row in self.buffer:
            info = self.known[row.parcours_id]
            problem = check_row(row, info, self.principal, self.max_hours)
            if problem:
                self.error(ligne, *problem)
            elif not self.count and info is not None:
                self.writer.add(row, info)
        self.buffer.clear()
        if self.count:
            self.writer.pending.clear()
        else:
            await self.writer.flush()

    async def run(self, stream: AsyncIterator[bytes]) -> int:
        sep, names = "", list[str]()
        number = 0
        async for line in lines(stream):
            number += 1
            if number == 1:
                sep, names = header(line)
                continue
            if not line.strip():
                continue
            self.line(number, line, sep, names)
            if len(self.buffer) >= self.batch:
                await self.drain()
        if number == 0:
            raise _rejected(
                [{"ligne": 1, "colonne": None, "message": "Fichier vide : ligne d'en-tête attendue."}], 1
            )
        await self.drain()
        if self.count:
            raise _rejected(sorted(self.errors, key=lambda e: e["ligne"]), self.count)
        applied = await self.writer.settle(source="CSV")
        await self.session.commit()
        return applied

    def line(self, number: int, line: str, sep: str, names: list[str]) -> None:
        try:
            cells = _cells(line, sep)
        except FieldTooLong as exc:
            rank = exc.rank if exc.rank is not None else len(names)
            self.error(number, names[rank] if rank < len(names) else None, _too_long())
            return
        if len(cells) != len(names):
            self.error(number, None, f"{len(cells)} valeur(s) au lieu de {len(names)}.")
            return
        values = dict(zip(names, cells, strict=True))
        missing = [n for n in REQUIRED if not values[n].strip()]
        if missing:
            self.error(number, missing[0], "Valeur obligatoire absente.")
            return
        try:
            self.buffer.append((number, parse(values)))
        except LineError as exc:
            self.error(number, exc.colonne, exc.message)
