package kz.attest.notification;

/** Port: hands one SMS (any length, any language) to the SMS centre; throws {@link NoticeDeliveryFailedException}. */
interface SmsGateway {

    void send(String phone, String text);
}
