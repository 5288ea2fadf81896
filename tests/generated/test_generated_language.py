"""A generated workshop carries no built-in text of another language.

The same question as ``tests/domain/test_builtin_languages.py`` asks of each template
alone, asked of whole generated workshops (templates filled in, stages added, every
seed's language): a Danish session must not speak Swedish anywhere a template wrote.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from n3desk.store.template_files import load_templates

from .workshops import generate


def _builtin_languages() -> ModuleType:
    # The helpers live beside the template test; tests/ is not a package (importlib mode),
    # so the module is loaded by its path rather than copied here.
    path = Path(__file__).resolve().parents[1] / "domain" / "test_builtin_languages.py"
    spec = importlib.util.spec_from_file_location("builtin_languages_helpers", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_sessions_speak_only_their_language(seed: int, tmp_path: Path) -> None:
    """Every template text in the seed's workshop is its language's text, never another's."""
    helpers = _builtin_languages()
    workshop = generate(seed, tmp_path)
    language = workshop.session.language
    templates = [t for t in load_templates(tmp_path, language) if t.builtin]
    source = helpers.languages_by_text(list(helpers.texts_of(templates)))
    assert helpers.session_texts(workshop), "the workshop holds texts"
    assert helpers.foreign_texts(workshop, source, language) == []
