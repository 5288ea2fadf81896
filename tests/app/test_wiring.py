"""Objects are wired by signals and constructors: no function is assigned onto another object."""

from __future__ import annotations

import ast
from pathlib import Path

import n3desk

# Hooks that belong to Python or to a library, not wiring between our objects: the
# interpreter's exception hook (app/faults.py), and ReportLab's ToUnicode map, which
# the PDF replaces so that emoji can be copied out of the record (report/pdf_styles.py).
NOT_WIRING = {
    ("app/faults.py", "sys.excepthook"),
    ("report/pdf_styles.py", "ttfonts.makeToUnicodeCMap"),
}


def _function_names(paths: list[Path]) -> set[str]:
    """The name of every function and method defined in ``paths``, but not a name that
    is also declared as data (a property, a class's annotated field): ``entry.number``
    is a field even where some module defines a function ``number``."""
    functions, data = set(), set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                decorators = {ast.unparse(d).split(".")[-1] for d in node.decorator_list}
                is_property = decorators & {"property", "cached_property", "setter"}
                (data if is_property else functions).add(node.name)
            elif isinstance(node, ast.ClassDef):
                data.update(
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                )
    return functions - data


def _assigned_functions(path: Path, root: Path, defined: set[str]) -> list[str]:
    """Each ``other.attribute = <a lambda, or a function>`` in ``path``.

    ``self.x`` on the right is a function when this file defines a function ``x``;
    ``other.x`` when any module of ours (``defined``) does.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _function_names([path])
    found = []
    relative = path.relative_to(root).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        value = node.value
        if isinstance(value, ast.Attribute):
            from_self = isinstance(value.value, ast.Name) and value.value.id == "self"
            is_function = value.attr in (here if from_self else defined)
        else:
            is_function = isinstance(value, ast.Lambda) or (
                isinstance(value, ast.Name) and value.id in here
            )
        for target in node.targets:
            if not is_function or not isinstance(target, ast.Attribute):
                continue
            if isinstance(target.value, ast.Name) and target.value.id == "self":
                continue  # an object's own attribute is not wiring
            if (relative, ast.unparse(target)) not in NOT_WIRING:
                found.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_function_is_assigned_onto_another_object() -> None:
    """No ``view.on_resize = self.refit`` or ``room.on_rules_changed = …`` anywhere in n3desk."""
    root = Path(n3desk.__file__).parent
    files = sorted(root.rglob("*.py"))
    defined = _function_names(files)
    found = [line for path in files for line in _assigned_functions(path, root, defined)]
    assert found == []


def test_the_check_finds_such_an_assignment(tmp_path: Path) -> None:
    """The scan is not blind: a callback assigned onto a view, and a lambda, are found."""
    source = tmp_path / "wired.py"
    source.write_text(
        "class Pane:\n"
        "    def refit(self):\n"
        "        self.view.on_resize = self.refit\n"
        "        self.view.later = lambda: None\n"
        "        self.own = self.refit\n"
        "        room.on_rules_changed = server.refit\n",
        encoding="utf-8",
    )
    found = _assigned_functions(source, tmp_path, _function_names([source]))
    assert [line.split(": ", 1)[1] for line in found] == [
        "self.view.on_resize = self.refit",
        "self.view.later = lambda: None",
        "room.on_rules_changed = server.refit",
    ]
