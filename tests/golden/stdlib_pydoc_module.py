# pydoc's module page for a user module (NAME, DESCRIPTION, CLASSES with the class tree,
# FUNCTIONS, DATA, VERSION, AUTHOR; FILE is left out: its path depends on where the test
# runs), a dataclass's page, __all__ honoured, and synopsis() of a source file.
import os
import pydoc
import _pydoc_mod

page = pydoc.plain(pydoc.render_doc(_pydoc_mod))
print(page[:page.index("FILE")])
help(_pydoc_mod.Point)
_pydoc_mod.__all__ = ["Dog", "LIMIT"]
page = pydoc.render_doc(_pydoc_mod, renderer=pydoc.plaintext)
print(page[:page.index("FILE")])
print(pydoc.synopsis(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_pydoc_mod.py")))
print(pydoc.describe(_pydoc_mod))
