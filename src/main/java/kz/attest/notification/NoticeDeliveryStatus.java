package kz.attest.notification;

/** Where one delivery of a notice stands. */
enum NoticeDeliveryStatus {
    /** Waiting for (another) attempt. */
    PENDING,
    /** Handed to the cabinet, the SMTP server or the SMS centre. */
    SENT,
    /** Given up after the last attempt. */
    FAILED,
    /** Not possible: the person has no e-mail address or phone number. */
    SKIPPED;

    public String messageKey() {
        return "notification.delivery.status." + name();
    }
}
