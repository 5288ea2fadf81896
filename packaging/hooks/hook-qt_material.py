"""qt-material for the n3desk bundle: its themes, stylesheet template and icons, no Roboto.

Replaces the hook qt-material ships. n3desk hands qt-material its own bundled font
(DejaVu Sans), so the 2.9 MB of Roboto fonts would only be loaded and never shown.
qt-material lists ``fonts/roboto`` on every theme change and logs a warning if the
folder is missing, so the folder is kept, holding only a note saying why it is empty.
"""

from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths

_, package_dir = get_package_paths("qt_material")
root = Path(package_dir)
note = Path(__file__).resolve().parent / "qt_material_roboto_left_out.txt"

datas = [
    (str(root / "themes"), "qt_material/themes"),
    (str(root / "resources"), "qt_material/resources"),
    (str(root / "material.qss.template"), "qt_material"),
    (str(root / "dock_theme.ui"), "qt_material"),
    (str(note), "qt_material/fonts/roboto"),
]
