package kz.attest.notification;

/** A notice put into words in one language: e-mail subject and body, and the short SMS text. */
record RenderedNotice(String subject, String body, String sms) {
}
