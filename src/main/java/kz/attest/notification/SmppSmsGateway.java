package kz.attest.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SMS over SMPP 3.4 with jSMPP: binds as a transmitter, submits the text as UCS-2 ({@code data_coding 0x08}), long
 * texts as UDH-concatenated parts ({@link SmsSegments}), and unbinds.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmppSmsGateway implements SmsGateway {

    private static final GeneralDataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);

    private final NotificationProperties.Sms settings;
    private final AtomicInteger references = new AtomicInteger();

    @Override
    public void send(String phone, String text) {
        List<byte[]> parts = SmsSegments.split(text, references.incrementAndGet() & 0xFF);
        ESMClass esm = SmsSegments.hasHeader(parts)
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(settings.timeout().toMillis());
        try {
            session.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TX,
                    settings.systemId(), settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null), settings.timeout().toMillis());
            for (byte[] part : parts) {
                session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                        settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                        destination(phone), esm, (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0, UCS2, (byte) 0, part);
            }
        } catch (IOException | PDUException | ResponseTimeoutException | InvalidResponseException
                 | NegativeResponseException e) {
            throw new NoticeDeliveryFailedException("SMPP: " + e.getMessage(), e);
        } finally {
            session.unbindAndClose();
        }
    }

    /** International format without the plus: {@code +77011234567} → {@code 77011234567}. */
    static String destination(String phone) {
        return phone.startsWith("+") ? phone.substring(1) : phone;
    }
}
