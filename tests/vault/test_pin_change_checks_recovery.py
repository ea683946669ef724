"""A PIN change checks the recovery half against her recovery code.

The hole (attack3/planted_recipient.py): a PIN change seals the new vault key to the
recovery code's public half kept in the vault; while he knew her PIN he could write
his own half there, and a PIN change she makes before she next types her recovery
code then hands HIM the new key: his copy of the file plus his code read everything
she writes afterwards. Now the change seals the new key only to the half of a code
she typed and that opened the vault's recovery slot; without her code it seals the
new key to no one, and her code opens the vault again once she types it inside.
"""

from __future__ import annotations

import pytest

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.session import Session, WrongRecoveryCode
from safeplan.vault import backup
from tests.vault.test_rekey_planted_recipient import (
    HIS_CODE,
    NEW_PIN,
    OLD_PIN,
    close,
    his_code_opens_the_envelope,
    new_session,
    plant,
)


def planted_vault(tmp_path, policy):
    her = tmp_path / "her"
    session = new_session(her, policy)
    code = session.create(OLD_PIN, False)
    close(session)
    plant(her, policy)
    return her, code


def pin_session(her, policy):
    session = new_session(her, policy)
    session.accept(session.try_unlock(OLD_PIN))
    return session


def descriptions(opened) -> list[str]:
    return [e.current.description for e in Journal(opened).entries()]


def test_a_pin_change_without_her_code_gives_his_planted_half_nothing(tmp_path, policy):
    """She changes her PIN in the settings (old PIN typed, recovery code not at hand)
    without having typed her recovery code since he planted his half."""
    her, code = planted_vault(tmp_path, policy)
    session = pin_session(her, policy)
    assert session.change_pin(NEW_PIN, OLD_PIN)
    assert session.last_change_rekeyed  # his old copy and the old PIN read nothing new
    assert session.recovery_behind  # the page tells her to type her code once
    Journal(session.vault).create(Incident(date="2026-11-26", description="after"))
    close(session)

    assert not his_code_opens_the_envelope(her, tmp_path, policy)
    assert vault.unlock(her, HIS_CODE, policy=policy) is None
    # Her code does not open the newest key yet: a calculation, not damage.
    assert vault.unlock(her, code, policy=policy) is None

    session = new_session(her, policy)
    session.accept(session.try_unlock(NEW_PIN))
    assert session.recovery_behind
    assert not session.can_back_up()  # no backup sealed to an unchecked half
    assert session.add_recovery_code(code)  # typed once, on the Backups page
    assert not session.recovery_behind
    assert session.can_back_up()
    close(session)
    mine = vault.unlock(her, code, policy=policy)
    assert mine is not None and descriptions(mine) == ["after"]
    mine.close()
    assert not his_code_opens_the_envelope(her, tmp_path, policy)


def test_a_pin_change_with_her_code_seals_the_new_key_to_her_and_repairs_the_half(
        tmp_path, policy):
    her, code = planted_vault(tmp_path, policy)
    session = pin_session(her, policy)
    assert session.change_pin(NEW_PIN, OLD_PIN, recovery_code=code)
    assert session.last_change_rekeyed and not session.recovery_behind
    own = backup.recipient_for(code, backup.recovery_params(policy)).to_data()
    assert session.vault.recipient == own
    assert session.backups.recipient == own
    Journal(session.vault).create(Incident(date="2026-11-26", description="after"))
    close(session)

    assert not his_code_opens_the_envelope(her, tmp_path, policy)
    mine = vault.unlock(her, code, policy=policy)
    assert mine is not None and descriptions(mine) == ["after"]
    mine.close()
    assert vault.unlock(her, OLD_PIN, policy=policy) is None


def test_a_wrong_recovery_code_changes_nothing(tmp_path, policy):
    her, code = planted_vault(tmp_path, policy)
    session = pin_session(her, policy)
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    for typed in (wrong, "1234", "x" * 24):  # a typo, too short, not digits
        with pytest.raises(WrongRecoveryCode):
            session.change_pin(NEW_PIN, OLD_PIN, recovery_code=typed)
    close(session)
    still = vault.unlock(her, OLD_PIN, policy=policy)
    assert still is not None
    still.close()
    assert vault.unlock(her, NEW_PIN, policy=policy) is None


def test_an_honest_vault_with_her_code_changes_as_before(tmp_path, policy):
    """Nothing planted: the code's half is the one kept; a second change needs no slot
    check and the code follows both changes."""
    her = tmp_path / "her"
    session = new_session(her, policy)
    code = session.create(OLD_PIN, False)
    assert session.change_pin(NEW_PIN, OLD_PIN, recovery_code=code)
    assert session.change_pin(OLD_PIN, NEW_PIN)  # the code was typed in this session
    assert not session.recovery_behind
    close(session)
    mine = vault.unlock(her, code, policy=policy)
    assert mine is not None
    mine.close()


def test_a_keyring_change_without_her_code_keeps_the_key_and_her_code(tmp_path, policy,
                                                                       device):
    """Tying the vault to the keyring (same PIN) without the code: the key stays, so her
    recovery code keeps opening everything and his planted half still gets nothing."""
    her = tmp_path / "her"
    session = Session(her, policy=policy, device_factory=lambda: device)
    code = session.create(OLD_PIN, False)
    close(session)
    plant(her, policy)
    session = Session(her, policy=policy, device_factory=lambda: device)
    session.accept(session.try_unlock(OLD_PIN))
    assert session.change_pin(OLD_PIN, OLD_PIN, bind_device=True)
    assert not session.last_change_rekeyed and not session.recovery_behind
    assert session.vault.device_bound
    close(session)
    assert not his_code_opens_the_envelope(her, tmp_path, policy)
    mine = vault.unlock(her, code, policy=policy)
    assert mine is not None
    mine.close()
