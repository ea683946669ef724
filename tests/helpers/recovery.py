"""The public half of her recovery code, as the app derives it when she types the code
with a PIN change (Session.check_recovery_code): store-level tests that change the PIN
and then open the vault with the code pass it, as the app does."""

from __future__ import annotations

from typing import Any

from safeplan.vault import KdfPolicy, backup


def her_half(code: str, policy: KdfPolicy) -> dict[str, Any]:
    return backup.recipient_for(code, backup.recovery_params(policy)).to_data()
