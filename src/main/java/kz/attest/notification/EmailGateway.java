package kz.attest.notification;

/** Port: hands one e-mail to the mail server; throws {@link NoticeDeliveryFailedException} when it cannot. */
interface EmailGateway {

    void send(String to, String subject, String body);
}
