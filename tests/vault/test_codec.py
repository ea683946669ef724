"""Property tests of the record and chunk codecs, and the Argon2id known answer."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeplan.vault import codec
from safeplan.vault.kdf import KdfParams, derive

KEY = os.urandom(32)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=20,
)


@given(kind=st.text(min_size=1), data=json_values, row=st.integers(1, 2**62))
def test_record_round_trip(kind, data, row):
    blob = codec.seal_record(KEY, row, kind, data)
    assert codec.open_record(KEY, row, blob) == (kind, data)


@given(data=json_values, row=st.integers(1, 2**62), other=st.integers(1, 2**62))
def test_record_is_bound_to_its_row(data, row, other):
    blob = codec.seal_record(KEY, row, "k", data)
    if other != row:
        with pytest.raises(codec.Unreadable):
            codec.open_record(KEY, other, blob)


@given(data=st.binary(max_size=5000), bit=st.integers(0, 10_000))
def test_any_flipped_bit_is_caught(data, bit):
    blob = bytearray(codec.seal_record(KEY, 7, "k", data.hex()))
    blob[bit % len(blob)] ^= 1 << (bit % 8)
    with pytest.raises(codec.Unreadable):
        codec.open_record(KEY, 7, bytes(blob))


@given(st.integers(0, 1 << 24))
def test_padme_buckets(length):
    padded = codec.padme(length)
    assert padded >= length
    assert padded - length <= max(1, length) * 0.12 + 1


@given(st.binary(max_size=3000))
def test_padding_round_trip_hides_exact_length(data):
    padded = codec.pad(data)
    assert codec.unpad(padded) == data
    assert len(padded) >= codec.MIN_BUCKET
    assert codec.padme(len(padded)) == len(padded)


def test_similar_lengths_share_a_bucket():
    assert len(codec.pad(b"x" * 1000)) == len(codec.pad(b"x" * 1010)) == 1024
    assert len(codec.pad(b"")) == len(codec.pad(b"x" * 200)) == codec.MIN_BUCKET


@given(chunks=st.lists(st.binary(max_size=64), min_size=1, max_size=6))
def test_chunk_stream_round_trip_and_order(chunks):
    cipher = codec.ChunkCipher(os.urandom(32))
    last = len(chunks) - 1
    sealed = [cipher.seal(i, c, i == last) for i, c in enumerate(chunks)]
    assert [cipher.open(i, s, i == last) for i, s in enumerate(sealed)] == chunks
    if len(chunks) > 1:
        with pytest.raises(codec.Unreadable):
            cipher.open(0, sealed[1], False)
        with pytest.raises(codec.Unreadable):
            cipher.open(last - 1, sealed[last - 1], True)


def test_chunk_from_another_file_key_fails():
    a, b = codec.ChunkCipher(os.urandom(32)), codec.ChunkCipher(os.urandom(32))
    with pytest.raises(codec.Unreadable):
        b.open(0, a.seal(0, b"data", True), True)


def test_argon2id_rfc9106_known_answer():
    # RFC 9106, section 5.3: Argon2id test vector.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    tag = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_our_derive_is_argon2id_with_the_pepper_as_secret():
    params = KdfParams(memory_kib=32, iterations=3, lanes=4)
    plain = derive(b"\x01" * 32, b"\x02" * 16, params)
    peppered = derive(b"\x01" * 32, b"\x02" * 16, params, pepper=b"\x03" * 8)
    assert plain != peppered and len(peppered) == 32
