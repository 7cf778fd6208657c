package kz.attest.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** Wires the transports from {@code attest.notification.*} and schedules the outbox dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    Transports notificationTransports(NotificationProperties properties) {
        return new Transports(
                Optional.of(properties.mail()).filter(NotificationProperties.Mail::enabled).map(mail ->
                        new SmtpEmailGateway(mailSender(mail), mail.from())),
                Optional.of(properties.sms()).filter(NotificationProperties.Sms::enabled).map(SmppSmsGateway::new));
    }

    @Bean
    SchedulingConfigurer notificationDispatchSchedule(OutboxDispatcher dispatcher, NotificationProperties properties) {
        return (ScheduledTaskRegistrar registrar) ->
                registrar.addFixedDelayTask(dispatcher::dispatchDue, properties.dispatchInterval());
    }

    static JavaMailSenderImpl mailSender(NotificationProperties.Mail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties smtp = sender.getJavaMailProperties();
        String timeout = Long.toString(mail.timeout().toMillis());
        smtp.setProperty("mail.smtp.connectiontimeout", timeout);
        smtp.setProperty("mail.smtp.timeout", timeout);
        smtp.setProperty("mail.smtp.writetimeout", timeout);
        if (!mail.username().isBlank()) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
            smtp.setProperty("mail.smtp.auth", "true");
        }
        smtp.setProperty("mail.smtp.starttls.enable", Boolean.toString(mail.startTls()));
        return sender;
    }
}
