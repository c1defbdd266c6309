"""The console's vacancies desk: the list (search, destination, open or closed), one vacancy's form (add,
edit, close), and an uploaded `vacancies.csv` compared with the sources before it replaces them.

A form refused by the rules (`admin.console.vacancies.VacancyBook.save`) comes back with each problem at
its field and everything typed kept; an upload that cannot be read or breaks a rule is refused in one line
per problem with nothing changed; an upload that would drop more than a few open vacancies needs their count
typed back, as a registry upload does. Publishing is the Publish page's, as for every desk.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData, UploadFile

from admin.console.content_pages import Ui
from admin.console.vacancies import STATUSES, VacancyBook
from admin.console.workspace import EditError, too_long_message, typed_count
from content.locale_text import country_name
from content.model import COUNTRIES
from content.registry_diff import MAX_BYTES
from content.vacancies import COLUMNS, HOME, LANGUAGES_ASKED, LEVELS, OCCUPATIONS
from content.vacancy_diff import VacancyDiff
from content.verdict import Kind, licence_kind

UPLOAD = "vacancies"  # the key of a waiting upload in the session's uploads
LABELS = {"id": "Id", "country": "Destination", "occupation": "Occupation", "employer": "Employer",
          "licence_no": "Agency licence number", "wage_min": "Wage from", "wage_max": "Wage to",
          "currency": "Currency (ISO code)", "hours_per_week": "Hours per week", "language": "Language asked",
          "language_level": "Language level", "contract_no": "Contract registration number",
          "places": "Places", "closes_on": "Closing date", "apply_url": "Where to apply (platform link)"}


def destinations() -> list[tuple[str, str]]:
    """Every destination a vacancy may name, by its English name."""
    return sorted(((code, country_name(code, "en")) for code in COUNTRIES if code != HOME),
                  key=lambda pair: pair[1])


def _text(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def vacancy_router(book: VacancyBook, ui: Ui, has_role: Any) -> APIRouter:
    """`has_role()`: whether the repository has the vacancies role yet (else the pages say how to add it)."""
    router = APIRouter()

    def common(today: date) -> dict[str, Any]:
        licensed = sorted(a.licence_no for a in book.agencies()
                          if licence_kind(a.status, a.expires_on, today) is Kind.LICENSED)
        return {"labels": LABELS, "columns": COLUMNS, "occupations": OCCUPATIONS, "asked": LANGUAGES_ASKED,
                "levels": LEVELS, "destinations": destinations(), "licensed": licensed,
                "today": today.isoformat(), "role_missing": not has_role(), "names": dict(destinations())}

    def listing(request: Request, me: Any, status: int = 200, **values: Any) -> HTMLResponse:
        today = date.today()
        flt = {k: request.query_params.get(k, "")[:100] for k in ("q", "country", "status")}
        try:
            items = book.listing(today, flt["q"], flt["country"], flt["status"])
            unreadable = ""
        except EditError as exc:
            items, unreadable = [], str(exc)
        return ui.page(request, me, "vacancies.html", "Vacancies", status=status, items=items[:500],
                       total=len(items), flt=flt, statuses=STATUSES, unreadable=unreadable,
                       **common(today), **values)

    def form_page(request: Request, me: Any, values: dict[str, str], editing: str | None,
                  errors: dict[str, list[str]], status: int = 200, **extra: Any) -> HTMLResponse:
        title = f"Vacancy {editing}" if editing else "New vacancy"
        return ui.page(request, me, "vacancy.html", title, status=status, values=values, editing=editing,
                       errors=errors, **common(date.today()), **extra)

    @router.get("/vacancies")
    def vacancies(request: Request) -> HTMLResponse:
        return listing(request, ui.session_of(request))

    @router.get("/vacancies/new")
    def new(request: Request) -> HTMLResponse:
        return form_page(request, ui.session_of(request), {}, None, {})

    @router.get("/vacancies/{vacancy_id}")
    def one(request: Request, vacancy_id: str) -> HTMLResponse:
        me = ui.session_of(request)
        try:
            row = book.get(vacancy_id)
        except EditError as exc:
            raise ui.refused(404, str(exc)) from None
        return form_page(request, me, row, vacancy_id, {})

    async def save(request: Request, editing: str | None) -> HTMLResponse:
        me, form, too_long = await ui.posted(request)
        typed = {name: _text(form, name) for name in COLUMNS}
        errors: dict[str, list[str]] = {}
        try:
            if too_long:
                raise EditError("not saved: a field is far too long; everything else you typed is kept",
                                [("", name, too_long_message(n)) for name, n in too_long.items()])
            row = book.save(typed, date.today(), editing)
        except EditError as exc:
            if not exc.problems:
                raise ui.refused(404, str(exc)) from None
            for _, name, message in exc.problems:
                errors.setdefault(name if name in COLUMNS else "", []).append(message)
            return form_page(request, me, typed, editing, errors, status=422, error=str(exc))
        ui.audit(me.server.username, "vacancy.edit" if editing else "vacancy.add", row["id"],
                 {"country": row["country"], "closes_on": row["closes_on"]})
        return form_page(request, me, row, row["id"], {},
                         message=f"Saved vacancy {row['id']} in the sources. Publish to send it to kiosks.")

    @router.post("/vacancies/new")
    async def add(request: Request) -> HTMLResponse:
        return await save(request, None)

    @router.post("/vacancies/upload")
    async def upload(request: Request) -> HTMLResponse:
        me, form, too_long = await ui.posted(request)
        file = form.get("file")
        data = await file.read(MAX_BYTES + 1) if isinstance(file, UploadFile) else b""
        if not data:
            return listing(request, me, status=422,
                           upload_problems=["choose the vacancies CSV file to upload"])
        if len(data) > MAX_BYTES:
            return listing(request, me, status=413, upload_problems=[
                f"the file is more than {MAX_BYTES // (1024 * 1024)} MB; is this the right file?"])
        today = date.today()
        try:
            rows, problems = book.check_upload(data, today)
            result = book.diff_upload(rows, today) if not problems else VacancyDiff()
        except EditError as exc:
            problems = [str(exc)]
        if problems:
            return listing(request, me, status=422, upload_problems=problems)
        key = secrets.token_urlsafe(12)
        me.uploads = {f"{UPLOAD}:{key}": data}
        return ui.page(request, me, "vacancy_diff.html", "Vacancies: what the upload changes", diff=result,
                       upload=key, **common(today))

    @router.post("/vacancies/apply")
    async def apply(request: Request) -> HTMLResponse:
        me, form, _ = await ui.posted(request)
        key = _text(form, "upload")
        data = me.uploads.get(f"{UPLOAD}:{key}")
        if data is None:
            raise ui.refused(409, "this upload is no longer waiting; upload the file again")
        today = date.today()
        rows, problems = book.check_upload(data, today)  # the sources or the day may have moved on
        if problems:
            return listing(request, me, status=422, upload_problems=problems)
        result = book.diff_upload(rows, today, typed_count(_text(form, "confirm_removals")))
        if result.problems:
            return ui.page(request, me, "vacancy_diff.html", "Vacancies: what the upload changes", status=422,
                           diff=result, upload=key, error="Not applied: " + result.problems[0],
                           **common(today))
        book.apply_upload(rows, result, me.server.username, today)
        me.uploads.clear()
        ui.audit(me.server.username, "vacancies.upload", "vacancies.csv", result.counts)
        return listing(request, me, message=f"The vacancies in the sources are updated: {_counted(result)}. "
                                            "Publish to sign them and send them to kiosks.")

    @router.post("/vacancies/{vacancy_id}")
    async def edit(request: Request, vacancy_id: str) -> HTMLResponse:
        return await save(request, vacancy_id)

    @router.post("/vacancies/{vacancy_id}/close")
    async def close(request: Request, vacancy_id: str) -> Response:
        me, _, _ = await ui.posted(request)
        try:
            row = book.close(vacancy_id, me.server.username, date.today())
        except EditError as exc:
            raise ui.refused(404, str(exc)) from None
        ui.audit(me.server.username, "vacancy.close", vacancy_id, {"country": row["country"]})
        return listing(request, me, message=f"Vacancy {vacancy_id} is closed in the sources. Publish to take "
                                            "it off the kiosks.")

    return router


def _counted(result: VacancyDiff) -> str:
    c = result.counts
    return ", ".join(f"{c[k]} {k}" for k in ("added", "changed", "closed", "removed"))
