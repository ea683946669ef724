"""The calculator engine: what a desktop or phone calculator does with key presses.

Plain Python, no Qt. Decimal arithmetic (0.1 + 0.2 is 0.3), × and ÷ before
+ and −, a repeated `=` repeats the last operation, and the percent rules of
the common calculators. The widget only maps keys and buttons onto `press`.

It also notices the one thing the disguise needs: when a calculation was a
single entry of digits and nothing else, `secret_candidate` holds those
digits exactly as typed (leading zeros included) after `=`.
"""

from __future__ import annotations

from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

SHOWN_DIGITS = 16
MAX_ENTRY_DIGITS = 24
_WORK = Context(prec=40, Emax=9_999_999, Emin=-9_999_999, rounding=ROUND_HALF_EVEN,
                traps=[InvalidOperation, DivisionByZero, Overflow])
_SHOW = Context(prec=SHOWN_DIGITS, Emax=9_999_999, Emin=-9_999_999, rounding=ROUND_HALF_EVEN)

ADD, SUB, MUL, DIV = "+", "−", "×", "÷"
OPERATORS = (ADD, SUB, MUL, DIV)
_PRECEDENCE = {ADD: 1, SUB: 1, MUL: 2, DIV: 2}

# Messages shown on the display; the widget translates them.
DIVIDE_BY_ZERO = "Cannot divide by zero"
TOO_LARGE = "Result is too large"


class CalcError(Exception):
    """Internal: an operation had no finite answer."""


def format_number(value: Decimal) -> str:
    """16 significant digits; e-notation beyond the range a display can hold."""
    rounded = _SHOW.plus(value)
    if rounded.is_zero():
        return "0"
    exponent = rounded.adjusted()
    if -7 < exponent < SHOWN_DIGITS:
        text = format(rounded.normalize(_SHOW), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text
    sign, digits, _ = rounded.normalize(_SHOW).as_tuple()
    mantissa = str(digits[0]) + ("." + "".join(map(str, digits[1:])) if len(digits) > 1 else "")
    return ("-" if sign else "") + f"{mantissa}e{exponent:+d}"


def apply(op: str, left: Decimal, right: Decimal) -> Decimal:
    try:
        if op == ADD:
            result = _WORK.add(left, right)
        elif op == SUB:
            result = _WORK.subtract(left, right)
        elif op == MUL:
            result = _WORK.multiply(left, right)
        else:
            if right.is_zero():
                raise CalcError(DIVIDE_BY_ZERO)
            result = _WORK.divide(left, right)
    except (Overflow, InvalidOperation, DivisionByZero) as exc:
        raise CalcError(TOO_LARGE) from exc
    if result.adjusted() > 9_999:
        raise CalcError(TOO_LARGE)
    if result.adjusted() < -9_999:
        return Decimal(0)
    return result


# Line, paragraph and cell breaks (what `str.isspace` takes besides spaces) and "_".
_NOT_IN_A_NUMBER = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029_")


def parse_number(text: str) -> Decimal | None:
    """A pasted number in any language's writing, else None: "4,75" and "4.75" alike,
    spaces of any kind (Russian groups with a no-break or thin space), "−" for minus, and
    both "1,234.5" and "1.234,5" (the last mark is the decimal point, the other groups
    thousands in threes, the first group of one to three digits). One number only: a
    line or cell break inside, or "_", gives None."""
    if len(text) > 256:
        return None
    text = text.strip()
    # One number: two spreadsheet cells ("4\t75", "4\n75") are not 475, and "4_75" is
    # no language's writing (Decimal would take Python's digit groups).
    if any(c in _NOT_IN_A_NUMBER for c in text):
        return None
    cleaned = "".join(c for c in text if not c.isspace()).replace("−", "-")
    if "," in cleaned and "." in cleaned:
        point, group = (",", ".") if cleaned.rfind(",") > cleaned.rfind(".") else (".", ",")
        whole, _, fraction = cleaned.rpartition(point)
        groups = whole.split(group)
        if (point in whole or not 1 <= len(groups[0].lstrip("+-")) <= 3
                or any(len(part) != 3 for part in groups[1:])):
            return None
        cleaned = "".join(groups) + "." + fraction
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not cleaned or len(cleaned) > 64:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value.adjusted()) > 9_999:
        return None
    return value


class Calculator:
    """State of one calculator. Drive it with `press(key)`; read `display`.

    Keys: "0".."9", ".", "+", "−", "×", "÷", "=", "%", "±", "C" (clear entry),
    "AC" (clear all), "⌫" (backspace). `paste(text)` enters a number.

    A plain class, not a dataclass: the calculator's window makes one before its first
    frame, and `dataclasses` costs ~5 ms to import there.
    """

    def __init__(self) -> None:
        self.display = "0"
        self.expression = ""
        self.error = False
        self.secret_candidate: str | None = None
        self._stack: list[Decimal | str] = []
        self._entry: str | None = None
        self._raw: str | None = ""
        self._operand: Decimal | None = None
        self._result: Decimal | None = None
        self._repeat: tuple[str, Decimal] | None = None

    @property
    def has_entry(self) -> bool:
        """True while a number is being typed (the clear key reads "C", not "AC")."""
        return self._entry is not None or self._operand is not None

    @property
    def result_value(self) -> str:
        """The number on the display with "." for its point ("" after an error); the
        window copies it with her language's point, as shown."""
        return self.display if not self.error else ""

    def press(self, key: str) -> None:
        self.secret_candidate = None
        if key.isdigit() and len(key) == 1:
            self._digit(key)
        elif key == ".":
            self._point()
        elif key in OPERATORS:
            self._operator(key)
        elif key == "=":
            self._equals()
        elif key == "%":
            self._percent()
        elif key == "±":
            self._negate()
        elif key == "⌫":
            self._backspace()
        elif key == "C":
            self._clear_entry()
        elif key == "AC":
            self._clear_all()
        else:
            raise ValueError(f"unknown key {key!r}")

    def press_all(self, keys: str) -> str:
        """Press each key of a string such as "2+3=" (for tests); returns the display."""
        aliases = {"-": SUB, "*": MUL, "/": DIV, "x": MUL, "n": "±", "b": "⌫"}
        for key in keys.replace(" ", ""):
            self.press(aliases.get(key, key))
        return self.display

    def paste(self, text: str) -> bool:
        value = parse_number(text)
        if value is None:
            return False
        if self.error or self._result is not None:
            self._clear_all()
        self._entry = None
        self._raw = None
        self._operand = value
        self._show(value)
        return True

    # -- keys ------------------------------------------------------------------

    def _start_entry(self) -> None:
        if self.error or self._result is not None:
            self._clear_all()
        if self._entry is None:
            self._operand = None
            self._entry = "0"
            self._raw = "" if not self._stack else None

    def _digit(self, digit: str) -> None:
        self._start_entry()
        assert self._entry is not None
        if sum(c.isdigit() for c in self._entry) >= MAX_ENTRY_DIGITS and self._entry not in (
            "0", "-0"
        ):
            return
        if self._raw is not None:
            self._raw += digit
        if self._entry in ("0", "-0"):
            self._entry = self._entry[:-1] + digit
        else:
            self._entry += digit
        self._refresh()

    def _point(self) -> None:
        self._start_entry()
        assert self._entry is not None
        self._raw = None
        if "." not in self._entry:
            self._entry += "."
        self._refresh()

    def _take_operand(self) -> Decimal | None:
        """The number typed or computed since the last operator, if any."""
        if self._entry is not None:
            value = Decimal(self._entry)
        elif self._operand is not None:
            value = self._operand
        else:
            return None
        self._entry = None
        self._operand = None
        return value

    def _operator(self, op: str) -> None:
        if self.error:
            return
        operand = self._take_operand()
        if operand is not None:
            self._stack.append(operand)
        elif self._stack and isinstance(self._stack[-1], str):
            self._stack.pop()
        elif not self._stack:
            self._stack.append(self._result if self._result is not None else Decimal(0))
        self._result = None
        self._raw = None
        try:
            self._reduce(_PRECEDENCE[op])
        except CalcError as exc:
            self._fail(str(exc))
            return
        self._stack.append(op)
        top = self._stack[-2]
        assert isinstance(top, Decimal)
        self._show(top)

    def _reduce(self, precedence: int) -> None:
        while len(self._stack) >= 3:
            op = self._stack[-2]
            assert isinstance(op, str)
            if _PRECEDENCE[op] < precedence:
                break
            right = self._stack.pop()
            self._stack.pop()
            left = self._stack.pop()
            assert isinstance(left, Decimal) and isinstance(right, Decimal)
            self._stack.append(apply(op, left, right))

    def _equals(self) -> None:
        if self.error:
            return
        pure = self._raw if (self._entry is not None and not self._stack) else None
        operand = self._take_operand()
        try:
            if self._stack:
                if operand is None:  # "2 + =" uses the left operand again: 4
                    operand = self._stack[-2]
                    assert isinstance(operand, Decimal)
                self._stack.append(operand)
                op = self._stack[-2]
                right = self._stack[-1]
                assert isinstance(op, str) and isinstance(right, Decimal)
                self._repeat = (op, right)
                shown = self._expression_text() + " ="
                self._reduce(0)
                value = self._stack.pop()
                assert isinstance(value, Decimal)
            elif operand is not None:
                value = operand
                shown = format_number(value) + " ="
            elif self._result is not None and self._repeat is not None:
                op, right = self._repeat
                shown = f"{format_number(self._result)} {op} {format_number(right)} ="
                value = apply(op, self._result, right)
            else:
                value = self._result if self._result is not None else Decimal(0)
                shown = format_number(value) + " ="
        except CalcError as exc:
            self._fail(str(exc))
            return
        self._stack.clear()
        self._raw = None
        self._result = value
        self._show(value)
        self.expression = shown
        self.secret_candidate = pure or None

    def _percent(self) -> None:
        if self.error:
            return
        value = self._take_operand()
        if value is None:
            value = self._result if self._result is not None else self._last_value()
        hundred = Decimal(100)
        pending = self._stack[-1] if self._stack and isinstance(self._stack[-1], str) else None
        try:
            if pending in (ADD, SUB):
                base = self._stack[-2]
                assert isinstance(base, Decimal)
                value = apply(DIV, apply(MUL, base, value), hundred)
            else:
                value = apply(DIV, value, hundred)
        except CalcError as exc:
            self._fail(str(exc))
            return
        self._result = None
        self._raw = None
        self._operand = value
        self._show(value)

    def _negate(self) -> None:
        if self.error:
            return
        if self._entry is not None:
            self._raw = None
            self._entry = self._entry[1:] if self._entry.startswith("-") else "-" + self._entry
            self._refresh()
            return
        if self._result is not None:
            self._result = -self._result
            self._show(self._result)
            return
        value = self._operand if self._operand is not None else self._last_value()
        self._operand = -value
        self._raw = None
        self._show(self._operand)

    def _backspace(self) -> None:
        if self._entry is None or self.error:
            return
        entry = self._entry[:-1]
        if self._raw:
            self._raw = self._raw[:-1]
        self._entry = entry if entry not in ("", "-") else "0"
        self._refresh()

    def _clear_entry(self) -> None:
        if self.error:
            self._clear_all()
            return
        if self._entry is None and self._operand is None:
            self._clear_all()
            return
        self._entry = None
        self._operand = None
        self._raw = "" if not self._stack else None
        self._refresh()

    def _clear_all(self) -> None:
        self._stack.clear()
        self._entry = None
        self._operand = None
        self._raw = ""
        self._result = None
        self._repeat = None
        self.error = False
        self.display = "0"
        self.expression = ""

    # -- display ---------------------------------------------------------------

    def _last_value(self) -> Decimal:
        for token in reversed(self._stack):
            if isinstance(token, Decimal):
                return token
        return Decimal(0)

    def _show(self, value: Decimal) -> None:
        self.display = format_number(value)
        self.expression = self._expression_text()

    def _refresh(self) -> None:
        self.display = self._entry if self._entry is not None else (
            format_number(self._operand) if self._operand is not None else "0"
        )
        self.expression = self._expression_text()

    def _expression_text(self) -> str:
        return " ".join(t if isinstance(t, str) else format_number(t) for t in self._stack)

    def _fail(self, message: str) -> None:
        self._clear_all()
        self.error = True
        self.display = message
