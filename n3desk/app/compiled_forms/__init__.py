"""The Qt Designer forms of ``ui/`` compiled to Python by ``tools/compile_forms.py``.

Loaded through :func:`n3desk.app.forms.load_form`; never edit these modules by hand.
"""
