"""Ctrl+V as an attacker or a slip of the hand would use it: what a paste gives is the
number the text shows, or nothing (the display unchanged), never a number made by
gluing two together; it never raises or stalls, and a paste never opens the vault."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeplan.calculator import Calculator, parse_number


@pytest.mark.parametrize("text", [
    "4\n75",  # two cells of a spreadsheet column
    "4\t75",  # two cells of a row
    "12\r\n34", "1\u20282", "1\u20292", "1\x0b2", "1\x0c2", "1\x852",
    "4_75", "1_000", "1__0",  # Python's digit groups: no language writes them
    ",000.5", "-,123.4", "12345,678.9", ".123,5",  # a first group that is no group
])
def test_a_paste_never_glues_numbers_together(text):
    assert parse_number(text) is None
    calc = Calculator()
    calc.press("7")
    assert not calc.paste(text)
    assert calc.display == "7"


@pytest.mark.parametrize(("text", "value"), [
    ("\t12\n", "12"), ("4,75\r\n", "4.75"), ("  1 234,5\n", "1234.5"),
    ("1,234.5", "1234.5"), ("-1.234,5", "-1234.5"), ("+12,345.6", "12345.6"),
])
def test_what_a_cell_or_a_line_gives_still_pastes(text, value):
    assert parse_number(text) == Decimal(value)


# Text near numbers: digits of other scripts, marks, exponents, words, bidi controls,
# combining accents, every kind of space and line break.
NEAR = st.lists(st.sampled_from(
    [*"0123456789.,-+eE_ naifNIx\u2212\u00a0\u2009\u202f\n\t\r\u2028",
     "\u0664", "\uff14", "\u200f", "\u202e", "\u0301", "\u066b", "1e999999999"]),
    max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(NEAR, st.text(max_size=400)))
def test_a_paste_never_raises_and_never_opens_anything(text):
    value = parse_number(text)
    calc = Calculator()
    assert calc.paste(text) == (value is not None)
    if value is None:
        assert calc.display == "0"
        return
    assert value.is_finite() and abs(value.adjusted()) <= 9_999
    # One number per line: no line break or tab inside what was read.
    inner = text.strip()
    assert not any(c in inner for c in "\n\r\t\u2028_")
    # A pasted number followed by = is a calculation, never a PIN.
    calc.press("=")
    assert calc.secret_candidate is None
