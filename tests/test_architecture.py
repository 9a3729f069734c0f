"""The floor plan holds: no import cycles between Dossier's modules, no module uses another's private names.

The module graph is built from every import statement (``ast``) in ``core`` and ``gui``, including imports
inside functions (a lazy import is still a dependency); imports only for type checking are left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "gui")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """ids of the import nodes under ``if TYPE_CHECKING:``."""
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return hidden


def imports(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, str | None]]:
    """``(module, name used from it or None)`` for each import of a Dossier module in ``path``; a module bound
    to a local name (``from core.reading import tabular``) also yields each ``tabular.<name>`` it is used for."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    hidden = _type_checking_only(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    bound: dict[str, str] = {}  # local name -> Dossier module
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    if alias.asname:
                        bound[alias.asname] = alias.name
                    yield alias.name, None
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    bound[alias.asname or alias.name] = f"{base}.{alias.name}"
                    yield f"{base}.{alias.name}", None
                elif base in known:
                    yield base, alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound:
            yield bound[node.value.id], node.attr


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: {target for target, _ in imports(name, path, known) if target != name}
            for name, path in found.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_no_module_imports_another_modules_private_names() -> None:
    found = modules()
    known = set(found)
    offenders = [f"{name} imports {target}.{imported}"
                 for name, path in found.items()
                 for target, imported in imports(name, path, known)
                 if imported and imported.startswith("_") and not imported.startswith("__") and target != name
                 and (target, imported) != ("core.i18n", "_")]  # gettext's `_` is core.i18n's public name
    assert not offenders, "\n".join(offenders)


def test_the_checks_catch_a_cycle_and_a_private_import(tmp_path: Path) -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    path = tmp_path / "m.py"
    path.write_text("from core.x import _hidden, shown\nfrom core import y\n"
                    "if TYPE_CHECKING:\n    from core.z import T\ny._private()\n")
    assert list(imports("core.m", path, {"core.x", "core.y", "core.z"})) == [
        ("core.x", "_hidden"), ("core.x", "shown"), ("core.y", None), ("core.y", "_private")]


# The rooms of core in the order an export flows through them (README "Architecture"); a room may import an
# earlier one, never a later one. errors, model, translatable, i18n, value_words and platform are shared by all.
FLOW = {"core.source": 0, "core.reading": 1, "core.audio": 1, "core.vendors": 2, "core.rules": 3, "core.case": 3,
        "core.letters": 4, "core.cli": 5}


def _room(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_data_flows_one_way_through_the_rooms() -> None:
    backwards = sorted(f"{a} imports {b}" for a, targets in graph().items() for b in targets
                       if _room(a) in FLOW and _room(b) in FLOW and FLOW[_room(b)] > FLOW[_room(a)])
    assert not backwards, "\n".join(backwards)
