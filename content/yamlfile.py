"""Reading YAML files and Markdown front matter with line numbers for every field.

PyYAML's YAML 1.1 rules would silently change values an editor typed: `no` (Norway) becomes False, `010`
becomes 8, `1:20` becomes 80 and `2026-13-01` crashes the parser. This loader keeps YAML 1.2 scalars: only
true/false are booleans, only plain decimals are integers, dates stay text for the validator to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from content.errors import Problem


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans and integers and without implicit timestamps."""


_DROPPED = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:timestamp"})
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))


def _int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    if not isinstance(node, yaml.ScalarNode):  # the int resolver above only ever matches plain scalars
        raise yaml.constructor.ConstructorError(None, None, "an integer must be plain", node.start_mark)
    return int(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:int", _int)


@dataclass(frozen=True)
class Parsed:
    """A parsed YAML document and its node tree; `first_line` is the file line of the YAML's first line."""

    data: object
    node: yaml.Node | None
    first_line: int


@dataclass(frozen=True)
class FrontMatter:
    data: dict[object, object]
    lines: dict[str, int]
    body: str
    body_line: int


def read_text(path: Path, rel: str, problems: list[Problem]) -> str | None:
    """The file as text with `\\n` line ends, or None after reporting why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(rel, None, f"cannot read the file: {exc.strerror or exc}"))
        return None
    return decode_text(raw, rel, problems)


def decode_text(raw: bytes, rel: str, problems: list[Problem]) -> str | None:
    """`read_text` of bytes already read (an upload): UTF-8, no BOM, `\\n` line ends."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(rel, line, "the file is not valid UTF-8 text"))
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, rel: str, first_line: int, problems: list[Problem]) -> Parsed | None:
    """Parse one YAML document; on a syntax error report it at its line in the file and return None."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        problems.append(Problem(rel, line, f"YAML syntax error: {exc.problem or exc.context}"))
        return None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        problems.append(Problem(rel, None, f"YAML syntax error: {exc}"))
        return None
    finally:
        loader.dispose()
    return Parsed(data, node, first_line)


def key_lines(node: yaml.Node | None, first_line: int, rel: str, problems: list[Problem]) -> dict[str, int]:
    """The file line of each key of a mapping node; a key given twice is reported (YAML keeps the last)."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, _value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        line = key.start_mark.line + first_line
        if key.value in lines:
            problems.append(
                Problem(rel, line, f"duplicate field '{key.value}' (first on line {lines[key.value]})"))
            continue
        lines[key.value] = line
    return lines


def item_nodes(parsed: Parsed) -> list[yaml.Node]:
    """The entry nodes of a top-level YAML list (empty if the document is not a list)."""
    return list(parsed.node.value) if isinstance(parsed.node, yaml.SequenceNode) else []


def read_yaml(path: Path, rel: str, problems: list[Problem]) -> Parsed | None:
    text = read_text(path, rel, problems)
    return None if text is None else parse_yaml(text, rel, 1, problems)


def read_markdown(path: Path, rel: str, problems: list[Problem]) -> FrontMatter | None:
    """Split a Markdown file into its YAML front matter (between `---` lines) and its body."""
    text = read_text(path, rel, problems)
    if text is None:
        return None
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        problems.append(Problem(rel, 1, "the file must start with a '---' line that opens the front matter"))
        return None
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
    if close is None:
        problems.append(Problem(rel, 1, "the front matter opened on line 1 is not closed by a '---' line"))
        return None
    parsed = parse_yaml("\n".join(lines[1:close]), rel, 2, problems)
    if parsed is None:
        return None
    if not isinstance(parsed.data, dict):
        problems.append(Problem(rel, 2, "the front matter must be 'field: value' lines"))
        return None
    fields = key_lines(parsed.node, 2, rel, problems)
    return FrontMatter(parsed.data, fields, "\n".join(lines[close + 1:]), close + 2)
