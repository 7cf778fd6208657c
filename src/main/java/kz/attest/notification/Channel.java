package kz.attest.notification;

/** Ways a notice reaches a person: the personal cabinet, e-mail (SMTP) and SMS (SMPP). */
public enum Channel { CABINET, EMAIL, SMS }
