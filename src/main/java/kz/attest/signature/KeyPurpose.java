package kz.attest.signature;

/** NCA RK issues each person two keys: one to sign documents (RSA/GOST "SIGN") and one to authenticate ("AUTH"). */
public enum KeyPurpose { SIGNING, AUTHENTICATION }
