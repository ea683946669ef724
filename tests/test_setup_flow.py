"""The setup logic without a screen (as Electrum tests its wizard)."""

from safeplan import setup_flow
from safeplan.setup_flow import SetupFlow


def test_happy_path():
    flow = SetupFlow(keyring_available=True)
    flow.start()
    assert flow.choose_pin("12345") == setup_flow.PIN_TOO_SHORT and flow.step == "pin"
    assert flow.choose_pin("1" * 17) == setup_flow.PIN_TOO_LONG
    assert flow.choose_pin("0123456789") is None and flow.step == "confirm"
    assert flow.confirm_pin("0123456789") is None and flow.step == "binding"
    assert flow.bind_device
    flow.choose_binding(True)
    assert flow.step == "creating"
    flow.created("1" * 20 + "2345")
    assert flow.pin == "" and flow.step == "recovery"
    flow.code_written_down(choose=lambda groups: groups - 1)  # the last group asked
    assert flow.verify_group("1111") == setup_flow.WRONG_GROUP
    assert flow.verify_group("2345") is None and flow.step == "done"
    assert flow.recovery_code == ""


def test_mismatch_starts_over():
    flow = SetupFlow()
    flow.start()
    flow.choose_pin("123456")
    assert flow.confirm_pin("654321") == setup_flow.PIN_MISMATCH
    assert flow.step == "pin" and flow.pin == ""


def test_no_keyring_no_binding():
    flow = SetupFlow(keyring_available=False)
    flow.start()
    flow.choose_pin("123456")
    flow.confirm_pin("123456")
    flow.choose_binding(True)
    assert not flow.bind_device


def test_groups_and_advice():
    assert SetupFlow.code_groups("123456789012345678901234") == [
        "1234", "5678", "9012", "3456", "7890", "1234"]
    assert SetupFlow.weak(8) and not SetupFlow.weak(10)


def test_back_on_every_step_before_the_vault_exists():
    flow = SetupFlow(keyring_available=True)
    flow.start()
    flow.back()
    assert flow.step == "welcome"
    flow.start()
    flow.choose_pin("4815162342")
    flow.back()
    assert flow.step == "pin" and flow.pin == ""
    flow.choose_pin("4815162342")
    flow.confirm_pin("4815162342")
    assert flow.can_go_back()
    flow.back()
    assert flow.step == "confirm" and flow.pin == "4815162342"
    flow.confirm_pin("4815162342")
    flow.choose_binding(True)
    assert not flow.can_go_back()  # creating: the vault is being made
    flow.created("0" * 24)
    assert not flow.can_go_back()  # the code is shown once; no way back past it
    flow.code_written_down()
    flow.back()
    assert flow.step == "recovery"


def test_weak_pins_are_named():
    for pin in ("111111", "121212", "123123", "0000000000"):
        assert setup_flow.guessable(pin) == setup_flow.REPEATED, pin
    for pin in ("123456", "987654", "3456789012", "0123456789"):
        assert setup_flow.guessable(pin) == setup_flow.SEQUENCE, pin
    for pin in ("15031990", "19900315", "03151990", "150390", "900315"):
        assert setup_flow.guessable(pin) == setup_flow.DATE, pin
    for pin in ("4815162342", "2580147369", "73914682", "846291"):
        assert setup_flow.guessable(pin) is None, pin


def test_the_check_asks_for_a_random_group():
    code = "111122223333444455556666"
    asked = set()
    for group in range(6):
        flow = SetupFlow()
        flow.created(code)
        flow.code_written_down(choose=lambda n, group=group: group)
        asked.add(flow.checked_group)
        wrong = "9999"
        assert flow.verify_group(wrong) == setup_flow.WRONG_GROUP
        assert flow.verify_group(str(group + 1) * 4) is None and flow.step == "done"
    assert asked == set(range(6))
    flow = SetupFlow()
    flow.created(code)
    flow.code_written_down()  # the real choice: some group, 0-5
    assert 0 <= flow.checked_group < 6
