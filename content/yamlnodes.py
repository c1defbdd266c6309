"""Walking a parsed YAML node tree with line numbers, for source files whose entries nest (checker.yaml,
qa.yaml): every problem found on the way is reported as `path:line: message` into one list."""

from __future__ import annotations

from collections.abc import Collection, Iterator

import yaml

from content.characters import forbidden_character
from content.errors import Problem
from content.languages import UI_LANGUAGES


class Nodes:
    """Typed access to YAML nodes of one file; each accessor reports what is wrong and returns a default."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def line(self, node: yaml.Node | None) -> int | None:
        return None if node is None else node.start_mark.line + 1

    def report(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(Problem(self.path, self.line(node), message))

    def mapping(
        self,
        node: yaml.Node | None,
        what: str,
        allowed: Collection[str] | None = None,
        required: Collection[str] = (),
    ) -> dict[str, yaml.Node]:
        """The key → value nodes of a mapping; unknown, duplicate and missing keys are reported. A missing
        node (None) was reported by its parent and gives nothing."""
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.report(node, f"{what} must be 'field: value' lines")
            return {}
        found: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            if name in found:
                self.report(key, f"{what}: '{name}' is given twice")
            elif allowed is not None and name not in allowed:
                self.report(key, f"{what}: unknown field '{name}'; the fields are {', '.join(allowed)}")
            else:
                found[name] = value
        for name in required:
            if name not in found:
                self.report(node, f"{what}: missing field '{name}'")
        return found

    def sequence(self, node: yaml.Node | None, what: str) -> Iterator[yaml.Node]:
        if node is None:
            return iter(())
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{what} must be a list ('- ...' lines)")
            return iter(())
        return iter(node.value)

    def text(self, node: yaml.Node | None, what: str, *, multiline: bool = False) -> str:
        """A non-empty text, stripped; a character no content text may hold (`content.characters`) is
        reported. `multiline`: the text may have several lines (an answer, advice)."""
        if node is None:
            return ""
        if (
            not isinstance(node, yaml.ScalarNode)
            or node.tag != "tag:yaml.org,2002:str"
            or not node.value.strip()
        ):
            self.report(node, f"{what} must be a non-empty text")
            return ""
        text = str(node.value).strip()
        if found := forbidden_character(text, multiline=multiline):
            self.report(node, f"{what}: {found}")
        return text

    def texts(self, node: yaml.Node | None, what: str) -> list[str]:
        """One text or a list of texts."""
        if isinstance(node, yaml.SequenceNode):
            return [t for t in (self.text(n, what) for n in node.value) if t]
        text = self.text(node, what)
        return [text] if text else []

    def lang_map(
        self,
        node: yaml.Node | None,
        what: str,
        fallbacks: dict[str, str],
        limit: int,
        required: Collection[str] = UI_LANGUAGES,
        *,
        multiline: bool = False,
    ) -> dict[str, str]:
        """`{lang: text}`: known languages only, each text within `limit` characters, and every language of
        `required` present unless the file declares a fallback for it."""
        texts: dict[str, str] = {}
        for lang, value in self.mapping(node, what).items():
            value_node = value
            if lang not in UI_LANGUAGES:
                self.report(value_node, f"{what}: unknown language '{lang}'; use {', '.join(UI_LANGUAGES)}")
                continue
            text = self.text(value_node, f"{what} ({lang})", multiline=multiline)
            if len(text) > limit:
                self.report(
                    value_node, f"{what} ({lang}) is {len(text)} characters long; the limit is {limit}"
                )
            if text:
                texts[lang] = text
        if isinstance(node, yaml.MappingNode):
            missing = [lang for lang in required if lang not in texts and lang not in fallbacks]
            if missing:
                self.report(
                    node,
                    f"{what}: no text in {', '.join(missing)} and no fallback declared for "
                    f"{'it' if len(missing) == 1 else 'them'} (add 'fallback: {{{missing[0]}: ...}}' "
                    f"at the top of the file, or the text)",
                )
        return texts
