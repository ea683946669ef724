"""The first lines of the process, before Python imports Qt: cuts to the start-up floor
that every PySide6 program pays. No Qt here, no import of our other modules.

Measured on Xvfb with `bench/x11_startup.py` (see docs/PERFORMANCE.md, start-up):

- The cyclic garbage collector is off until the calculator's first frame. Importing
  PySide6 and building its Python enum types allocates hundreds of thousands of
  container objects; each allocation threshold crossed walked them all again (about a
  tenth of the start's CPU time in `perf`). `started()` turns it back on and moves what
  the start built into the permanent generation (`gc.freeze`), so that later
  collections do not walk it either.
- PySide's support package loads its `.pyi` stub generator at every start (it imports
  argparse and logging and compiles four large regular expressions) though a running
  program never writes stubs; shiboken6 imports zipfile and tempfile (with shutil,
  bz2, lzma, random) that it does not use when its support files are on disk. These
  modules are now run when something first looks up a name in them.
- PySide's signature support (the parser, the layout of signatures, the error
  handler, their tools, which compile large regular expressions and import inspect,
  ast, dis and tokenize) is read only when a signature is asked for: a call with wrong
  arguments, `help()`, `inspect.signature` on a Qt function. It too is run at its first
  use now, and so is inspect; together a sixth of the instructions before the first
  frame. PySide's check of every module imported after it (`_mod_uses_pyside`, which
  needed inspect) is replaced as soon as PySide has defined it.
- The process name is written to /proc/self/comm instead of through ctypes.
- PySide builds each Qt enum as a Python enum through `enum`'s functional API
  (`IntEnum(name, [(key, value), ...], boundary=KEEP)`), which checks and builds every
  member one by one; QLocale's three big enums alone (806 members) are built at every
  import of QtCore, and a fifth of the instructions before the first frame went there.
  Until the first frame those plain lists are built by the standard library's own fast
  builder instead (`enum._simple_enum`, which CPython uses for its own enums such as
  `re.RegexFlag` and `http.HTTPStatus`): the same classes, members and flag masks
  (tests/test_fast_enums.py compares every enum of QtCore, QtGui and QtWidgets built both
  ways), in less than half the time. Anything else goes the ordinary way.
"""

from __future__ import annotations

import _thread
import gc
import sys
import types

# Modules that a running program never needs at start, loaded on first use: PySide's
# .pyi generator, and what shiboken6/__init__.py imports "for PyInstaller" but uses only
# when its support files are not on disk (zipfile) or never (tempfile); and our pipe
# codec to the vault worker (`from .. import ipc` in ui/worker_link.py), first used when
# the worker starts, after the calculator's first frame (~2 ms before it on Xvfb). And
# `ipaddress`, which urllib.parse imports (for pathlib, which PySide's support code and
# ours use) but reads only to check a URL's [bracketed] host (~2 ms).
# PySide's signature support and what it imports for it (see the module's docstring):
# `inspect`, `textwrap`, `traceback`; `fnmatch`, which pathlib imports for glob
# patterns; `base64`.
LAZY_MODULES = frozenset({
    "shibokensupport.signature.lib.pyi_generator", "zipfile", "tempfile", "safeplan.ipc",
    "ipaddress", "shibokensupport.signature.parser", "shibokensupport.signature.layout",
    "shibokensupport.signature.errorhandler", "shibokensupport.signature.lib.enum_sig",
    "shibokensupport.signature.lib.tool", "inspect", "textwrap", "traceback", "fnmatch",
    "base64"})
_LOADING = _thread.RLock()  # one thread runs a lazy module's code; the others wait

_prepared = False


class _LazyLoader:
    """Creates the module at import time but runs its code at the first attribute
    that is looked up on it and is not there (PEP 562 module `__getattr__`).
    (Not derived from importlib.abc: importing that module costs ~3 ms.)

    Thread-safe: a thread that asks while another runs the module's code waits for it
    (the waiting happens inside `__getattr__`, which stays in place until the code has
    run); the running thread itself sees the module as half-imported, as Python's own
    import shows a module to the code it runs."""

    def __init__(self, real, name: str) -> None:
        self.real = real
        self.name = name

    def create_module(self, spec) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        real, name = self.real, self.name
        namespace = module.__dict__
        state = ["waiting"]  # -> "running" -> "done"

        def load(attribute: str):
            if attribute == "__path__":  # `from module import name` asks: not a package
                raise AttributeError(attribute)
            with _LOADING:
                if state[0] == "waiting":
                    state[0] = "running"
                    try:
                        code = real.get_code(name)  # type: ignore[attr-defined]
                        exec(code, namespace)  # the module's own code, as its import would
                    except BaseException:
                        # Cut short (a RecursionError where it was first used, an
                        # interrupt): run again at the next use, as a failed import is
                        # tried again, not left half-run for the life of the process.
                        state[0] = "waiting"
                        namespace["__getattr__"] = load
                        raise
                    state[0] = "done"
                    if namespace.get("__getattr__") is load:
                        del namespace["__getattr__"]
            try:
                return namespace[attribute]
            except KeyError:
                raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None

        module.__getattr__ = load  # type: ignore[method-assign]


class _LazyFinder:
    def find_spec(self, fullname, path, target=None):
        _replace_feature_check()
        if fullname not in LAZY_MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "get_code"):
            return spec
        spec.loader = _LazyLoader(spec.loader, fullname)
        return spec


def _fast_enum_create(cls, class_name, names, *, module=None, qualname=None, type=None,
                      start=1, boundary=None):
    """enum.EnumType._create_ for what PySide asks: a list of (name, int) pairs with
    plain, distinct names on one of the four standard bases. Anything else, and any
    failure, goes to the ordinary builder, which raises what it raises."""
    import enum

    taken = _TAKEN.get(cls) if type is None and module is None and qualname is None else None
    if taken is not None and isinstance(names, list) and names:
        members = {}
        for item in names:
            if not (isinstance(item, tuple) and len(item) == 2):
                break
            name, value = item
            if (not isinstance(name, str) or not isinstance(value, int) or name in taken
                    or name in members or not name[:1].isalpha()):
                break
            members[name] = value
        else:
            try:
                made = enum._simple_enum(cls, boundary=boundary)(
                    _plain_class(class_name, (), members))
            except Exception:  # the ordinary builder decides
                pass
            else:
                made.__doc__ = None  # as the ordinary builder leaves it
                return made
    return _fast_enum_create.ordinary(cls, class_name, names, module=module,  # type: ignore[attr-defined]
                                      qualname=qualname, type=type, start=start,
                                      boundary=boundary)


_plain_class = type
_TAKEN: dict[type, frozenset[str]] = {}  # base -> names a member may not take ("mro", …)


def fast_enums(on: bool) -> None:
    """Put the fast enum builder in (True) or the ordinary one back (False).

    The ordinary builder is kept on the installed function, not in this module: the
    frozen binary runs this file twice (as PyInstaller's first runtime hook, and as
    safeplan.boot), and the copy that puts it back is not the one that put it in."""
    import enum

    ordinary = getattr(enum.EnumType._create_, "ordinary", None)
    if on and ordinary is None and hasattr(enum, "_simple_enum"):
        for base in (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag):
            _TAKEN[base] = frozenset(
                {name for kind in base.__mro__ for name in vars(kind)} | {"mro"})
        _fast_enum_create.ordinary = enum.EnumType._create_  # type: ignore[attr-defined]
        enum.EnumType._create_ = _fast_enum_create  # type: ignore[method-assign]
    elif not on and ordinary is not None:
        enum.EnumType._create_ = ordinary  # type: ignore[method-assign]


def fast_enums_on() -> bool:
    import enum

    return getattr(enum.EnumType._create_, "ordinary", None) is not None


def set_process_name(name: str) -> None:
    """What `top` and `ps -c` show (Linux): the same as prctl(PR_SET_NAME), without ctypes."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/comm", "w", encoding="ascii") as comm:
                comm.write(name[:15])
        except OSError:
            pass


def prepare() -> None:
    """Call before the first import of PySide6 (once; later calls do nothing)."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    gc.disable()
    if "shiboken6" not in sys.modules:
        sys.meta_path.insert(0, _LazyFinder())
        fast_enums(True)


def _uses_pyside(module: types.ModuleType) -> bool:
    """PySide's own test, whether a module's source names PySide6 (it decides whether
    `from __feature__ import …` switches apply there), without `inspect.getsource`,
    which PySide runs on every module imported after it (~0.2 ms each, tokenizer
    and line cache included). A module without a source file does not, as there."""
    origin = getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _replace_feature_check() -> None:
    """PySide's per-import check made cheaper wherever PySide's support code has defined
    it. The finder calls this at every import: shiboken6 runs that code twice (its
    bootstrap drops the first copy), and the copy in use must never reach inspect."""
    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        feature = sys.modules.get(name)
        if feature is not None:
            namespace = vars(feature)
            if namespace.get("_mod_uses_pyside", _uses_pyside) is not _uses_pyside:
                namespace["_mod_uses_pyside"] = _uses_pyside


def started() -> None:
    """After the first frame: the collector back on, the start's objects frozen.
    Does nothing in a process that did not call `prepare()` (tests, the worker)."""
    fast_enums(False)
    if _prepared and not gc.isenabled():
        gc.freeze()
        gc.enable()


if __name__ == "__main__":
    # The frozen binary runs this file as its first PyInstaller runtime hook (build.spec),
    # before PyInstaller's own Qt hook imports PySide6.
    prepare()
