"""Where the frozen binary starts (PyInstaller's entry script; see build.spec).

The program's own modules and data files (catalogues, templates) are one
zlib-compressed archive next to the executable, read into memory here and never
written anywhere: nothing readable names what the program is, and nothing is
unpacked to a temporary folder. The archive says which module to run as __main__
and which one takes the data files.
"""

import importlib.abc
import importlib.util
import marshal
import os
import sys
import zlib


class _Modules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the archive's modules from memory (compiled code, no source)."""

    def __init__(self, modules):
        self._modules = modules

    def find_spec(self, name, path=None, target=None):
        entry = self._modules.get(name)
        if entry is None:
            return None
        return importlib.util.spec_from_loader(name, self, is_package=entry[0])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(marshal.loads(self._modules[module.__name__][1]), module.__dict__)


def _run():
    folder = getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(sys.executable)))
    with open(os.path.join(folder, "calculator.dat"), "rb") as packed:
        archive = marshal.loads(zlib.decompress(packed.read()))
    modules = archive["modules"]
    sys.meta_path.insert(0, _Modules(modules))
    importlib.import_module(archive["data_module"]).use_packed(archive["data"])
    main = modules[archive["main"]][1]
    del archive
    exec(marshal.loads(main), {"__name__": "__main__", "__builtins__": __builtins__})


if __name__ == "__main__":
    _run()
