"""The calculator engine: the rules of everyday calculators, and Decimal truth."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeplan.calculator import Calculator, format_number, parse_number

# (keys, display). Keys: digits . + - * / = % ; n = ±, b = backspace.
TABLE = [
    ("", "0"), ("7", "7"), ("007", "7"), ("0.5", "0.5"), ("1..5", "1.5"), ("1.2.3", "1.23"),
    (".5", "0.5"), ("2+3=", "5"), ("2+3", "3"), ("2+", "2"), ("9-4=", "5"), ("6*7=", "42"),
    ("8/2=", "4"), ("2+3*4=", "14"), ("2*3+4=", "10"), ("2+3*4-5=", "9"), ("10-2*3=", "4"),
    ("2+6/3=", "4"), ("2+*3=", "6"), ("2*+3=", "5"), ("2+-*3=", "6"), ("2+3==", "8"),
    ("2+3===", "11"), ("2*3==", "18"), ("10-1==", "8"), ("2+3*4==", "56"), ("2+3=4", "4"),
    ("2+3=4+1=", "5"), ("2+3=*2=", "10"), ("2+3=-10=", "-5"), ("100+10%", "10"),
    ("100+10%=", "110"), ("100-10%=", "90"), ("50*10%=", "5"), ("50/10%=", "500"),
    ("25%", "0.25"), ("200+5%+1=", "211"), ("0.1+0.2=", "0.3"), ("4.35*100=", "435"),
    ("1-0.9=", "0.1"), ("1/3=", "0.3333333333333333"), ("2/3=", "0.6666666666666667"),
    ("1/3*3=", "1"), ("0.000001*0.000001=", "1e-12"), ("0.0001*0.001=", "1e-7"),
    ("0.001*0.001=", "0.000001"), ("99999999*99999999=", "9999999800000001"),
    ("999999999*999999999=", "9.99999998e+17"), ("1/0=", "Cannot divide by zero"),
    ("1/0=5", "5"), ("1/0=5+1=", "6"), ("5/0*", "Cannot divide by zero"), ("123b", "12"),
    ("1b", "0"), ("12.b", "12"), ("2+3=b", "5"), ("5n", "-5"), ("5nn", "5"),
    ("2+3=n", "-5"), ("5n+2=", "-3"), ("3+=", "6"), ("=", "0"), ("5=", "5"),
    ("2+3=+=", "10"), ("1e", None), ("8/2/2=", "2"), ("2-3-4=", "-5"),
    ("1234567890123456789012345", "123456789012345678901234"),
]


def press(calc: Calculator, keys: str) -> str:
    for key in keys:
        calc.press({"-": "−", "*": "×", "/": "÷", "n": "±", "b": "⌫"}.get(key, key))
    return calc.display


@pytest.mark.parametrize(("keys", "shown"), [t for t in TABLE if t[1] is not None])
def test_table(keys, shown):
    assert press(Calculator(), keys) == shown


def test_unknown_key_is_refused():
    with pytest.raises(ValueError):
        Calculator().press("e")


def test_expression_line():
    calc = Calculator()
    press(calc, "2+3*")
    assert calc.expression == "2 + 3 ×"
    press(calc, "4=")
    assert calc.expression == "2 + 3 × 4 ="


def test_clear_entry_then_all():
    calc = Calculator()
    press(calc, "2+35")
    calc.press("C")
    assert calc.display == "0" and calc.expression == "2 +"
    press(calc, "4=")
    assert calc.display == "6"
    calc.press("AC")
    assert calc.display == "0" and calc.expression == ""


class TestSecretCandidate:
    def test_pure_digits_then_equals(self):
        calc = Calculator()
        press(calc, "0123456789=")
        assert calc.secret_candidate == "0123456789"
        assert calc.display == "123456789"  # a wrong PIN is just a number

    def test_after_a_previous_result(self):
        calc = Calculator()
        press(calc, "1+1=")
        press(calc, "55556666=")
        assert calc.secret_candidate == "55556666"

    def test_backspace_edits_the_candidate(self):
        calc = Calculator()
        press(calc, "1234567b8=")
        assert calc.secret_candidate == "1234568"

    @pytest.mark.parametrize("keys", ["1+23456=", "12.3456=", "123456n=", "123456%=",
                                      "123456", "5*123456=", "123456=="])
    def test_anything_else_is_not_a_candidate(self, keys):
        calc = Calculator()
        press(calc, keys)
        assert calc.secret_candidate is None

    def test_24_digits_are_kept(self):
        calc = Calculator()
        press(calc, "0" + "1" * 23 + "=")
        assert calc.secret_candidate == "0" + "1" * 23


def test_paste():
    calc = Calculator()
    assert calc.paste(" 1 234,5 ")
    assert calc.display == "1234.5"
    press(calc, "*2=")
    assert calc.display == "2469"
    assert not calc.paste("hello")
    assert calc.display == "2469"
    assert parse_number("−3") == Decimal(-3)
    assert parse_number("1e999999") is None


@pytest.mark.parametrize(("text", "value"), [
    ("4,75", "4.75"), ("4.75", "4.75"), ("-4,75", "-4.75"), ("−4,75", "-4.75"),
    ("1,5e+21", "1.5e21"), ("1\u00a0234,5", "1234.5"), ("1\u202f234,5", "1234.5"),
    ("1\u2009234.5", "1234.5"), ("\t12\n", "12"), ("1,234,567.25", "1234567.25"),
    ("1.234.567,25", "1234567.25"), ("1.234,5", "1234.5"),
    ("4,75,1", None), ("4.75.1", None), ("12,3.4", None), ("1.234,5.6", None),
    ("1,2345.6", None), ("", None), (",", None), ("1" * 300, None), ("4,75" + " " * 300, None),
])
def test_paste_reads_either_decimal_mark(text, value):
    assert parse_number(text) == (None if value is None else Decimal(value))


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**30, max_value=10**30))
def test_what_a_comma_display_shows_pastes_back_as_the_same_number(value):
    shown = format_number(value)
    assert parse_number(shown.replace(".", ",")) == Decimal(shown)


OPS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__"}
decimals = st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False,
                       allow_infinity=False, places=4)


def keys_for(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value != 0 else "0"
    return text.lstrip("-") + ("n" if value < 0 else "")


@given(a=decimals, b=decimals, op=st.sampled_from(list(OPS)))
def test_binary_operations_match_decimal(a, b, op):
    calc = Calculator()
    shown = press(calc, keys_for(a) + op + keys_for(b) + "=")
    if op == "/" and b == 0:
        assert shown == "Cannot divide by zero"
        return
    with localcontext() as ctx:
        ctx.prec = 40
        expected = getattr(a, OPS[op])(b)
    assert shown == format_number(expected)


@given(a=decimals, b=decimals, c=decimals)
def test_precedence_matches_decimal(a, b, c):
    shown = press(Calculator(), keys_for(a) + "+" + keys_for(b) + "*" + keys_for(c) + "=")
    with localcontext() as ctx:
        ctx.prec = 40
        expected = a + b * c
    assert shown == format_number(expected)


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**20,
                   max_value=10**20))
def test_formatting_keeps_16_significant_digits(value):
    text = format_number(value)
    digits = text.split("e")[0].replace("-", "").replace(".", "").lstrip("0")
    assert len(digits) <= 16
    with localcontext() as ctx:
        ctx.prec = 16
        assert Decimal(text) == +value
