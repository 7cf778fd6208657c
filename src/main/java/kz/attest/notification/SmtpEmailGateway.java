package kz.attest.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;

/** E-mail over SMTP with Spring Mail; plain UTF-8 text, so Kazakh letters arrive intact. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmtpEmailGateway implements EmailGateway {

    private final JavaMailSender sender;
    private final String from;

    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new NoticeDeliveryFailedException("SMTP: " + e.getMessage(), e);
        }
    }
}
