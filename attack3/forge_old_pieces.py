"""After a PIN change, his OLD key still forges the content of files stored BEFORE it.

The re-key (branch rekey) seals every description again under the new key but
leaves file pieces under the older key (files.py: "generation"). He forced her
PIN and kept a copy of her folder. His copy gives him the old files key and each
old file's id and salt (its old description); the re-sealed description keeps the
same salt. So after her change he writes new pieces for an old file (same padded
size, same count of pieces), sealed under the OLD files key: they authenticate.
`Vault.open_file`/`read_bytes` never compare the bytes with the SHA-256 in the
description, so the evidence viewer, thumbnails and the print copy that goes on a
signed report's page show HIS content (only save_copy and the export of originals
compare with the item's SHA-256).

    .venv/bin/python attack3/forge_old_pieces.py        # prints FORGED or REFUSED
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.vault import codec
from safeplan.vault.files import CHUNK_BYTES, file_cipher, padded_size

OLD_PIN, NEW_PIN = "11223344", "99887766"


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_forge_"))
    her, his = root / "her", root / "his"
    v, _code = vault.create(her, OLD_PIN, policy=policy)
    original = b"HER-PHOTO-" * 4000
    ref = v.add_bytes(original)
    v.close()
    shutil.copytree(her, his)  # he forced the PIN and copied the folder

    # His copy: the old vault key, the file's salt (its description), nothing else.
    old = vault.unlock(his, OLD_PIN, policy=policy)
    meta = old._file_meta(ref.id)
    old_files_key = old._files_key
    old.close()

    # She changes her PIN (re-key) and goes on.
    v = vault.unlock(her, OLD_PIN, policy=policy)
    assert v.change_pin(NEW_PIN) is True
    v.close()

    # He, with the laptop, rewrites the pieces of that old file in her CURRENT file.
    forged = (b"HIS-PICTURE" * 4000)[:len(original)]
    body = forged + bytes(padded_size(len(forged)) - len(forged))
    cut = [body[i:i + CHUNK_BYTES] for i in range(0, len(body), CHUNK_BYTES)]
    assert len(cut) == meta["chunks"]
    cipher = file_cipher(old_files_key, ref.id, bytes.fromhex(meta["salt"]))
    conn = sqlite3.connect(her / vault.DB_NAME)
    for n, piece in enumerate(cut):
        conn.execute("UPDATE d SET v=? WHERE k=? AND n=?",
                     (cipher.seal(n, piece, n == len(cut) - 1), ref.id, n))
    conn.commit()
    conn.close()

    v = vault.unlock(her, NEW_PIN, policy=policy)
    try:
        shown = v.read_bytes(ref.id)
        verdict = "FORGED: the vault hands out his bytes as hers" if shown == forged else "?"
    except codec.Unreadable:
        verdict = "REFUSED"
    except vault.FileDamaged:
        verdict = "REFUSED: FileDamaged"
    finally:
        v.close()
    shutil.rmtree(root)
    print(verdict)
    return 0 if verdict.startswith("REFUSED") else 1


if __name__ == "__main__":
    sys.exit(main())
