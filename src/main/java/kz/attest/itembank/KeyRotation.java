package kz.attest.itembank;

/** The outcome of a key rotation: the new active key and how many stored values were re-encrypted under it. */
record KeyRotation(String activeKeyId, int reencrypted) {
}
