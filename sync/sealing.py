"""Sealing a traveller's report or call-back request to the agency's public key (libsodium sealed box).

With `report_seal_key` set on a kiosk, the payload of every report and call-back request is sealed when it
is recorded, before it reaches `state.db`: the outbox, the network and the server only ever hold
ciphertext, and only the desk that holds the private key (`kiosk-admin open-sealed`) can read it. A
sealed box (X25519 + XSalsa20-Poly1305, an ephemeral sender key per message) needs no key on the kiosk
that could open what it sealed. Sealed once and stored, the same bytes are sent on every retry, so the
server's Idempotency-Key check still sees one event.

The price: the server cannot check or sort what it cannot read (the call-back queue's urgent-first order
and the reports inbox show "sealed"); the desk reads them with the private key.

PyNaCl (libsodium's Python binding) does the cryptography; this module only frames it as JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

ALGORITHM = "x25519-xsalsa20poly1305-sealedbox"
SEALED_KINDS = ("report", "callback")


class SealError(ValueError):
    """A key that is not a libsodium key, or a sealed payload that this key cannot open."""


def new_keypair() -> tuple[str, str]:
    """(private key, public key), each 32 bytes in base64: the private one stays at the desk."""
    private = PrivateKey.generate()
    return _b64(bytes(private)), _b64(bytes(private.public_key))


def public_key(text: str) -> PublicKey:
    """The public key in `text` (base64 of 32 bytes), or SealError saying what is wrong."""
    return PublicKey(_key_bytes(text, "public"))


def private_key(text: str) -> PrivateKey:
    """The private key in `text` (base64 of 32 bytes), or SealError saying what is wrong."""
    return PrivateKey(_key_bytes(text, "private"))


def seal(payload: dict[str, Any], key: PublicKey) -> dict[str, Any]:
    """The payload as a sealed envelope: {"sealed": base64 ciphertext, "alg": ALGORITHM}."""
    plain = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return {"sealed": _b64(SealedBox(key).encrypt(plain)), "alg": ALGORITHM}


def is_sealed(payload: Any) -> bool:
    return isinstance(payload, dict) and set(payload) == {"sealed", "alg"} and payload["alg"] == ALGORITHM


def open_sealed(payload: dict[str, Any], private_key_text: str) -> dict[str, Any]:
    """The original payload of a sealed envelope; SealError if it is not one or the key does not fit."""
    if not is_sealed(payload):
        raise SealError("not a sealed payload")
    box = SealedBox(private_key(private_key_text))
    try:
        plain = box.decrypt(base64.b64decode(payload["sealed"], validate=True))
    except (CryptoError, binascii.Error, ValueError, TypeError):
        raise SealError("this private key does not open the payload (another agency's key?)") from None
    opened = json.loads(plain)
    if not isinstance(opened, dict):
        raise SealError("the sealed payload is not a JSON object")
    return opened


def _key_bytes(text: str, which: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise SealError(f"the {which} key must be 32 bytes in base64 (as `kiosk-admin seal-keys` prints)")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
