"""The console's content pages: articles, country guides, contacts and topics, each language side by side.

Articles and guides are one `<lang>.md` per language (texts, body; a language may be a fallback or have no
file); contacts and topics are entries of a YAML list whose texts map each language. Every save goes
through the workspace, which validates on a scratch copy with the CLI's validator; a refused save shows each
problem at its field and language and keeps what was typed. The preview links render the kiosk's own screen
from the working sources (`admin.console.preview`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from admin.console.lists import LIST_KINDS, ListEditor
from admin.console.phone_preview import KINDS as PHONE_KINDS
from admin.console.phone_preview import PhonePreviewError, render_phone
from admin.console.preview import SIZES, PreviewError, render_screen, screen_stem
from admin.console.workspace import TEXT_FIELDS, EditError, LangText, Workspace, too_long_message
from content.languages import DEFAULT_FALLBACKS, EXTRA_LANGUAGES, UI_LANGUAGES
from content.model import LANGUAGES

TITLES = {"articles": "Articles", "guides": "Country guides", "contacts": "Contacts", "topics": "Topics"}
WORDS = {"articles": "Article", "guides": "Country guide", "contacts": "Contact", "topics": "Topic"}


@dataclass(frozen=True)
class Ui:
    """What the pages need from the console app: the session check, the checked form, the page renderer."""

    session_of: Callable[[Request], Any]
    posted: Callable[[Request], Awaitable[tuple[Any, FormData, dict[str, int]]]]  # + fields too long to keep
    page: Callable[..., HTMLResponse]
    refused: Callable[[int, str], Exception]
    audit: Callable[[str, str, str, dict[str, Any]], object]


def _text(form: FormData, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def extra_fallbacks() -> list[tuple[str, str]]:
    """The kiosk languages content is not written in, and the language kiosks show instead."""
    return [(lang, DEFAULT_FALLBACKS[lang]) for lang in EXTRA_LANGUAGES]


def content_router(workspace: Workspace, ui: Ui) -> APIRouter:
    router = APIRouter()

    def me_of(request: Request) -> Any:
        return ui.session_of(request)  # the app refuses these pages where the content key is missing

    def show(request: Request, me: Any, kind: str, item_id: str, values: dict[str, Any],
             errors: dict[str, list[tuple[str, str]]], status: int = 200, **extra: Any) -> HTMLResponse:
        template = "item.html" if kind in TEXT_FIELDS else "entry.html"
        fields = TEXT_FIELDS.get(kind) or LIST_KINDS[kind].texts
        return ui.page(request, me, template, f"{WORDS[kind]} {item_id}", status=status, kind=kind,
                       item_id=item_id, values=values, errors=errors, fields=fields,
                       shared=LIST_KINDS[kind].shared if kind in LIST_KINDS else (),
                       ui_languages=UI_LANGUAGES, sizes=SIZES, extra_fallbacks=extra_fallbacks(),
                       phone_word=PHONE_KINDS.get(kind), **extra)

    # --- articles and guides ----------------------------------------------------------------------

    def add_item_kind(kind: str) -> None:
        names = TEXT_FIELDS[kind]

        @router.get(f"/{kind}", name=f"{kind}-list")
        def listing(request: Request) -> HTMLResponse:
            me = me_of(request)
            rows = [{"id": i, "texts": workspace.item(kind, i)} for i in workspace.item_ids(kind)]
            return ui.page(request, me, "items.html", TITLES[kind], kind=kind, rows=rows, label=names[0],
                           extra_fallbacks=extra_fallbacks())

        @router.get(f"/{kind}/{{item_id}}", name=f"{kind}-item")
        def one(request: Request, item_id: str) -> HTMLResponse:
            me = me_of(request)
            try:
                texts = workspace.item(kind, item_id)
            except EditError as exc:
                raise ui.refused(404, str(exc)) from None
            return show(request, me, kind, item_id, item_values(texts, {}, names), {})

        @router.post(f"/{kind}/{{item_id}}", name=f"{kind}-save")
        async def save(request: Request, item_id: str) -> HTMLResponse:
            me, form, too_long = await ui.posted(request)
            chosen = [lang for lang in LANGUAGES if _text(form, f"{lang}.edit") == "1"]
            typed = {lang: {k: _text(form, f"{lang}.{k}") for k in (*names, "body")} for lang in chosen}
            try:
                current = workspace.item(kind, item_id)
                values = item_values(current, typed, names)
                if too_long:
                    errors = too_long_at_field(values, item_values(current, {}, names), too_long)
                    return show(request, me, kind, item_id, values, errors, status=413, error=TOO_LONG)
                changed = workspace.save_item(kind, item_id, typed)
            except EditError as exc:
                if not exc.problems:
                    raise ui.refused(404 if "no " in str(exc)[:3] else 422, str(exc)) from None
                return show(request, me, kind, item_id, values, _by_lang(exc), status=422, error=str(exc))
            if changed:
                ui.audit(me.server.username, f"{kind[:-1]}.edit", item_id, {"languages": changed})
            return show(request, me, kind, item_id, values, {},
                        message=f"Saved: {', '.join(changed)}." if changed else "No change to save.")

    # --- contacts and topics ----------------------------------------------------------------------

    def add_list_kind(kind: str) -> None:
        lists = ListEditor(workspace, kind)
        spec = LIST_KINDS[kind]

        @router.get(f"/{kind}", name=f"{kind}-list")
        def listing(request: Request) -> HTMLResponse:
            me = me_of(request)
            try:
                rows = lists.entries()
            except EditError as exc:
                raise ui.refused(422, str(exc)) from None
            return ui.page(request, me, "entries.html", TITLES[kind], kind=kind, rows=rows,
                           label=spec.texts[0],
                           extra_fallbacks=extra_fallbacks())

        @router.get(f"/{kind}/{{entry_id}}", name=f"{kind}-item")
        def one(request: Request, entry_id: str) -> HTMLResponse:
            me = me_of(request)
            try:
                entry = lists.entry(entry_id)
            except EditError as exc:
                raise ui.refused(404, str(exc)) from None
            values = entry_values(entry.data, {}, {}, spec.texts, spec.shared)
            return show(request, me, kind, entry_id, values, {})

        @router.post(f"/{kind}/{{entry_id}}", name=f"{kind}-save")
        async def save(request: Request, entry_id: str) -> HTMLResponse:
            me, form, too_long = await ui.posted(request)
            chosen = [lang for lang in LANGUAGES if _text(form, f"{lang}.edit") == "1"]
            typed = {lang: {k: _text(form, f"{lang}.{k}") for k in spec.texts} for lang in chosen}
            shared = {k: _text(form, k) for k in spec.shared if k in form}
            try:
                entry = lists.entry(entry_id)
                values = entry_values(entry.data, typed, shared, spec.texts, spec.shared)
                if too_long:
                    saved = entry_values(entry.data, {}, {}, spec.texts, spec.shared)
                    errors = too_long_at_field(values, saved, too_long)
                    return show(request, me, kind, entry_id, values, errors, status=413, error=TOO_LONG)
                changed = lists.save(entry_id, typed, shared)
            except EditError as exc:
                if not exc.problems:
                    raise ui.refused(404 if "no " in str(exc)[:3] else 422, str(exc)) from None
                return show(request, me, kind, entry_id, values, _by_lang(exc), status=422, error=str(exc))
            if changed:
                ui.audit(me.server.username, f"{spec.word}.edit", entry_id, {"changed": changed})
            return show(request, me, kind, entry_id, values, {},
                        message=f"Saved: {', '.join(changed)}." if changed else "No change to save.")

    for kind in TEXT_FIELDS:
        add_item_kind(kind)
    for kind in LIST_KINDS:
        add_list_kind(kind)

    @router.get("/preview/{kind}/{item_id}.png")
    def preview(request: Request, kind: str, item_id: str, lang: str = "uz-Latn",
                size: str = "1080x1920") -> Response:
        """The screen as the kiosk draws it from the working sources (saved, not yet published)."""
        me_of(request)
        if kind not in TITLES:
            raise ui.refused(404, "unknown kind of content")
        try:
            shot = render_screen(workspace.source, screen_stem(kind, item_id), lang, size)
        except PreviewError as exc:
            raise ui.refused(422, str(exc)) from None
        return Response(shot.png, media_type="image/png", headers={"x-clipped-text": str(len(shot.clipped))})

    phone_css: dict[str, bytes] = {}

    @router.get("/phone-preview/{lang}/{word}/{item_id}")
    def phone_preview(request: Request, lang: str, word: str, item_id: str) -> Response:
        """The phone edition's page as kiosk-server will send it, drawn from the saved sources. Its
        relative style sheet link resolves to the route below."""
        me_of(request)
        kind = next((k for k, w in PHONE_KINDS.items() if w == word), "")
        try:
            shown = render_phone(workspace.source, kind, item_id, lang)
        except PhonePreviewError as exc:
            raise ui.refused(422, str(exc)) from None
        if shown.css_name:
            phone_css[shown.css_name] = shown.css
        return Response(shown.html, media_type="text/html; charset=utf-8")

    @router.get("/phone-preview/{name}")
    def phone_style(request: Request, name: str) -> Response:
        me_of(request)
        if name not in phone_css:
            raise ui.refused(404, "open a phone preview first")
        return Response(phone_css[name], media_type="text/css")

    return router


TOO_LONG = "Not saved: a field is far too long (marked below). Everything else you typed is still here."


def too_long_at_field(values: dict[str, dict[str, Any]], saved: dict[str, dict[str, Any]],
                      too_long: dict[str, int]) -> dict[str, list[tuple[str, str]]]:
    """The errors to show at each field too long to keep (`<lang>.<field>`, or a shared field), whose box
    shows the saved text again instead (the rest of `values` is what was typed)."""
    errors: dict[str, list[tuple[str, str]]] = {}
    for name, length in too_long.items():
        lang, _, field = name.rpartition(".")
        if lang in values and field in values[lang]:
            values[lang][field] = saved[lang][field]
        errors.setdefault(lang, []).append((field, too_long_message(length)))
    return errors


def _by_lang(exc: EditError) -> dict[str, list[tuple[str, str]]]:
    errors: dict[str, list[tuple[str, str]]] = {}
    for lang, name, message in exc.problems:
        errors.setdefault(lang or "", []).append((name, message))
    return errors


def item_values(current: dict[str, LangText | None], typed: dict[str, dict[str, str]],
                names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """What each language's fields show: what was typed (kept when a save fails), else the file's text."""
    values = {}
    for lang, t in current.items():
        if lang in typed:
            values[lang] = {**typed[lang], "fallback": None, "missing": False, "edit": True}
        else:
            values[lang] = {**{n: str(t.front.get(n, "")) if t else "" for n in names},
                            "body": t.body if t else "", "fallback": t.fallback if t else None,
                            "missing": t is None, "edit": False}
    return values


def entry_values(data: dict[str, Any], typed: dict[str, dict[str, str]], shared: dict[str, str],
                 texts: tuple[str, ...], shared_names: tuple[str, ...]) -> dict[str, Any]:
    """Per language (and "" for the shared fields): what was typed, else the entry's text."""
    values: dict[str, Any] = {"": {n: shared.get(n, str(data.get(n) or "")) for n in shared_names}}
    for lang in LANGUAGES:
        maps: dict[str, dict[str, Any]] = {n: v if isinstance(v := data.get(n), dict) else {} for n in texts}
        own = {n: str(maps[n].get(lang) or "") for n in texts}
        values[lang] = {**(typed.get(lang) or own), "fallback": None, "edit": lang in typed,
                        "missing": not all(own.values())}
    return values
