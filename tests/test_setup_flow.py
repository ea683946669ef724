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
    flow.code_written_down()
    assert flow.verify_last_four("1111") == setup_flow.WRONG_LAST_FOUR
    assert flow.verify_last_four("2345") is None and flow.step == "done"
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
