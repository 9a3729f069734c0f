"""Every import-report note and problem core writes is a translated sentence, never English text.

An AST walk over ``core/``: the message of each ``Problem(...)``, ``report.problem(...)`` and of every function
that passes one of its parameters on as such a message (``_note(member, message)``, ``Context.reject``,
``NoteSink.add``) must not be a bare string, an f-string, ``"…".format()``, ``%`` formatting or a ``+`` that
glues such text to a sentence; a variable given as the message is checked by what the function assigns to it.
``_()``/``ngettext()`` calls (and ``.format`` on them) pass, and so does any other expression (``str(exc)``, a
helper's result): where that text comes from is not followed (an exception's message, a value formatted into a
translated sentence).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"

# English messages still to be translated in code this change did not touch (path, first words); a fixed one
# simply stops matching.
KNOWN: set[tuple[str, str]] = set()


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def bare_text(node: ast.expr) -> ast.expr | None:
    """The part of ``node`` that is untranslated text (``None`` when there is none)."""
    if isinstance(node, ast.Constant):
        return node if isinstance(node.value, str) and any(c.isalpha() for c in node.value) else None
    if isinstance(node, ast.JoinedStr):
        return node
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
        return node
    if isinstance(node, ast.BinOp):
        return bare_text(node.left) or bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return bare_text(node.body) or bare_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return bare_text(node.func.value)
    return None


def _message(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position and not any(isinstance(a, ast.Starred) for a in call.args[:position + 1]):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


Function = ast.FunctionDef | ast.AsyncFunctionDef


def _functions(tree: ast.AST) -> Iterator[tuple[Function, str | None, list[str]]]:
    """Every function with its class (``None`` for a plain function) and its parameters as a caller passes
    them (``self``/``cls`` of a method left out)."""
    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[Function, str | None, list[str]]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, Function):
                params = [a.arg for a in (*child.args.posonlyargs, *child.args.args)]
                method = cls is not None and bool(params) and params[0] in ("self", "cls")
                yield child, cls if method else None, params[1:] if method else params
                yield from visit(child, None)
            else:
                yield from visit(child, child.name if isinstance(child, ast.ClassDef) else None)
    yield from visit(tree, None)


def _direct_sites(tree: ast.AST) -> Iterator[tuple[ast.Call, ast.expr]]:
    """``Problem(member, line, message)`` and ``….problem(member, line, message)`` with their message."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in ("Problem", "problem"):
            message = _message(node, 2, "message")
            if message is not None:
                yield node, message


def _sources(node: ast.expr, derived: dict[str, set[str]]) -> set[str]:
    """The names whose text ends up in ``node``: itself, ``x.format(…)`` and what it formats in, either branch."""
    if isinstance(node, ast.Name):
        return {node.id} | derived.get(node.id, set())
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        parts = [node.func.value, *node.args, *(k.value for k in node.keywords)]
        return set().union(*(_sources(p, derived) for p in parts))
    if isinstance(node, ast.IfExp):
        return _sources(node.body, derived) | _sources(node.orelse, derived)
    if isinstance(node, ast.BinOp):
        return _sources(node.left, derived) | _sources(node.right, derived)
    return set()


Forwarders = dict[str, dict[str | None, set[tuple[int, str]]]]  # name → class (None: a function) → parameters


def forwarders(trees: dict[Path, ast.Module]) -> Forwarders:
    """Functions that pass a parameter on as a report message: name → class → {(position, parameter)}.

    A parameter counts when the message is made of it: the parameter itself, ``message.format(…)``, a local
    variable assigned from such an expression (``text = message.format(…) if … else message``).
    """
    found: Forwarders = {}
    for tree in trees.values():
        for func, cls, params in _functions(tree):
            if func.name in ("problem", "Problem"):
                continue  # ImportReport.problem is a site of its own
            derived: dict[str, set[str]] = {}
            for node in ast.walk(func):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    derived.setdefault(node.targets[0].id, set()).update(_sources(node.value, derived))
            for _call, message in _direct_sites(func):
                for param in sorted(_sources(message, derived) & set(params)):
                    found.setdefault(func.name, {}).setdefault(cls, set()).add((params.index(param), param))
    return found


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call with the class whose methods ``self.…`` names there (``None`` outside a method)."""
    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                yield child, cls
            yield from visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
    yield from visit(tree, None)


def untranslated(root: Path = CORE) -> list[str]:
    """``path:line: text`` for every report message under ``root`` that is English text, not a translation."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(root.rglob("*.py"))}
    passing = forwarders(trees)
    methods = {cls.name: {f.name for f in cls.body if isinstance(f, Function)}
               for tree in trees.values() for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)}
    found = []
    for path, tree in trees.items():
        rel = path.relative_to(root.parent).as_posix()
        sites = list(_direct_sites(tree))
        for func, _cls, _params in _functions(tree):  # text = f"…"; report.problem(member, line, text)
            assigned: dict[str, list[ast.expr]] = {}
            for node in ast.walk(func):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    assigned.setdefault(node.targets[0].id, []).append(node.value)
            sites += [(call, value) for call, message in _direct_sites(func) if isinstance(message, ast.Name)
                      for value in assigned.get(message.id, [])]
        for call, cls in _calls(tree):
            name = _name(call.func)
            if name not in passing:
                continue
            own = isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
                and call.func.value.id == "self" and cls is not None and name in methods.get(cls, set())
            # self.add(…) in a class with its own add() is that method; any other call may be any forwarder
            params = passing[name].get(cls, set()) if own else set().union(*passing[name].values())
            for position, param in params:
                message = _message(call, position, param)
                if message is not None:
                    sites.append((call, message))
        for call, message in sorted(sites, key=lambda site: site[0].lineno):
            text = bare_text(message)
            if text is None:
                continue
            shown = ast.unparse(text)
            if not any(rel == known_path and words in shown for known_path, words in KNOWN):
                found.append(f"{rel}:{call.lineno}: {shown[:100]}")
    return found


def test_every_report_note_and_problem_is_translated() -> None:
    assert untranslated() == []


def test_the_walk_finds_the_messages_it_must_check() -> None:
    """The walk sees the helpers that forward a message and the sites that give them one."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(CORE.rglob("*.py"))}
    passing = forwarders(trees)
    assert passing["reject"] == {"Context": {(2, "message")}}  # Context.reject(table, mask, message, …)
    assert passing["_note"] == passing["_note_path"] == {None: {(1, "message")}}
    assert passing["add"] == {"NoteSink": {(2, "message")}}  # NoteSink.add(kind, member, message)


def test_the_walk_catches_english_in_every_form(tmp_path: Path) -> None:
    core = tmp_path / "core"
    core.mkdir()
    (core / "bad.py").write_text('''
from core.i18n import _, ngettext
from core.model import Problem

def note(member, message):
    return Problem(member, None, message)

def run(report, ctx, n, label, exc):
    report.notes.append(Problem("m", None, f"{n} recording(s) are dated only by their ZIP entry time."))
    report.problem("m", 1, "The row is empty; row not read.")
    report.notes.append(Problem("m", None, "{n} entries".format(n=n)))
    report.notes.append(note("m", "The file is not valid UTF-8."))
    report.notes.append(Problem("m", None, "Transcript PDF: " + _("no dated rows.")))
    report.notes.append(Problem("m", None, ngettext("{n} row", "{n} rows", n).format(n=n)))
    report.notes.append(Problem("m", None, _("{source}: no dated rows.").format(source=label)))
    report.notes.append(note("m", _("The file is not valid UTF-8.")))
    report.problem("m", 1, str(exc))
    report.problem("m", 1, _("Record {index}: {problem}").format(index=n, problem=_("Row empty.")))
    text = f"Record {n}: {exc}"
    report.problem("m", 1, text)
''', encoding="utf-8")
    found = untranslated(core)
    assert [line.split(":")[1] for line in found] == ["9", "10", "11", "12", "13", "20"], found
