"""boot.py's fast enum builder: until the calculator's first frame PySide's Qt enums
are built by the standard library's `enum._simple_enum` instead of `enum`'s functional
API. A Qt enum that came out different (a member missing, another flag mask, another
repr) would change what the app does, so every enum of the three Qt modules the app
uses is built both ways, in two fresh processes, and compared."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
import textwrap

import pytest

from safeplan import boot

# Every class of QtCore, QtGui and QtWidgets made at import (PYSIDE6_OPTION_LAZY=0), so
# that every enum of theirs is built; then each enum described in full.
DUMP = textwrap.dedent("""
    import enum, json, pickle, sys
    from safeplan import boot

    if sys.argv[1] == "fast":
        boot.prepare()
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets

    def member(m):
        return [m.name, m.value, repr(m), str(m), format(m), hash(m)]

    def describe(kind):
        info = {"mro": [c.__qualname__ for c in kind.__mro__], "module": kind.__module__,
                "metaclass": type(kind).__name__, "doc": kind.__doc__,
                "members": {n: member(m) for n, m in kind.__members__.items()},
                "names": list(kind._member_names_), "iter": [m.name for m in kind],
                "values": sorted((repr(v), m.name) for v, m in kind._value2member_map_.items()),
                "attributes": sorted(n for n in vars(kind) if n != "_value2member_map_")}
        members = list(kind)
        if issubclass(kind, enum.Flag):
            info["flag"] = [kind._flag_mask_, kind._singles_mask_, kind._all_bits_,
                            str(kind._boundary_), kind._iter_member_.__name__]
            if len(members) > 1:
                both = members[0] | members[-1]
                info["both"] = [repr(both), both.value, repr(~members[0])]
        unknown = (1 << 40) if issubclass(kind, enum.Flag) else 987654
        try:
            info["unknown"] = repr(kind(unknown))  # PySide's _missing_ for C++'s values
        except Exception as error:
            info["unknown"] = type(error).__name__
        if members:
            first = members[0]
            info["first"] = [repr(pickle.loads(pickle.dumps(first))), first is kind(first.value),
                             kind[first.name] is first, isinstance(first, int)]
        return info

    found, seen = {}, set()

    def walk(scope):
        for value in list(vars(scope).values()):
            if isinstance(value, type) and id(value) not in seen:
                seen.add(id(value))
                if isinstance(value, enum.EnumType):
                    found[value.__module__ + "." + value.__qualname__] = describe(value)
                else:
                    walk(value)

    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        walk(module)
    print(json.dumps({"fast": boot.fast_enums_on(), "enums": found}))
""")


def dump(how: str) -> dict:
    env = dict(os.environ, PYSIDE6_OPTION_LAZY="0", PYTHONHASHSEED="0",
               QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", DUMP, how], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_every_qt_enum_is_the_same_built_fast_as_built_the_ordinary_way():
    ordinary, fast = dump("ordinary"), dump("fast")
    assert ordinary["fast"] is False and fast["fast"] is True
    assert len(ordinary["enums"]) > 600  # all of QtCore, QtGui and QtWidgets
    assert sorted(fast["enums"]) == sorted(ordinary["enums"])
    different = [name for name, info in ordinary["enums"].items()
                 if fast["enums"][name] != info]
    assert different == [], different[:5]


@pytest.fixture
def fast_builder():
    started = not boot.fast_enums_on()
    boot.fast_enums(True)
    yield
    if started:
        boot.fast_enums(False)


def build(*args, **kwargs):
    """(class or the exception's type and text) as enum's functional API gives it."""
    base, *rest = args
    try:
        return base(*rest, **kwargs)
    except Exception as error:  # the test compares the failures
        return type(error), str(error)


@pytest.mark.parametrize("base, names", [
    (enum.IntEnum, [("A", 1), ("A", 2)]),  # a name twice: TypeError
    (enum.IntEnum, [("mro", 1)]),  # a name Enum does not allow: ValueError
    (enum.IntEnum, [("value", 1), ("B", 2)]),  # a name of Enum's own
    (enum.IntEnum, [("_hidden_", 1)]),  # a _sunder_ name: ValueError
    (enum.Flag, [("A", 1), ("B", 2), ("AB", 3)]),  # a multi-bit alias
    (enum.Enum, [("A", 1), ("B", 1)]),  # an alias
    (enum.IntEnum, ["A", "B"]),  # names only: values generated
    (enum.IntEnum, {"A": 1}),  # a mapping
    (enum.Enum, [("A", "text")]),  # a value that is not an int
])
def test_what_the_fast_builder_does_not_take_is_built_as_before(fast_builder, base, names):
    fast = build(base, "Kind", names, boundary=enum.KEEP if issubclass(base, enum.Flag) else None)
    boot.fast_enums(False)
    try:
        ordinary = build(base, "Kind", names,
                         boundary=enum.KEEP if issubclass(base, enum.Flag) else None)
    finally:
        boot.fast_enums(True)
    if isinstance(ordinary, tuple):
        assert fast == ordinary
    else:
        assert [(m.name, m.value) for m in fast] == [(m.name, m.value) for m in ordinary]
        assert list(fast.__members__) == list(ordinary.__members__)
        assert fast.__doc__ == ordinary.__doc__
