package kz.attest.notification;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The transports this node has: the cabinet always, e-mail and SMS when configured. */
record Transports(Optional<EmailGateway> email, Optional<SmsGateway> sms) {

    /** Channels whose deliveries this node claims; the others wait for a node that can send them. */
    Set<Channel> channels() {
        Set<Channel> channels = EnumSet.of(Channel.CABINET);
        email.ifPresent(gateway -> channels.add(Channel.EMAIL));
        sms.ifPresent(gateway -> channels.add(Channel.SMS));
        return channels;
    }
}
