package kz.attest.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The bundles of {@code spring.messages.*}, as Boot would configure them, in a message source whose messages with
 * arguments do not queue behind one another (issue 12, point 2).
 * <p>
 * Spring formats a message with arguments inside {@code synchronized} on the one {@link MessageFormat} it caches per
 * code and locale; during a start burst every question page's {@code #{delivery.question.title(...)}} waited there
 * (268 waits of 1.85 s on average in the flight recording). Here each call formats with its own copy of the cached,
 * already parsed format: a clone is a few small objects, the parse is still done once.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(MessageSourceProperties properties) {
        UnsharedFormats source = new UnsharedFormats();
        if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** Hands every caller its own copy of the cached format, so that the caller's lock on it is never contended. */
    static final class UnsharedFormats extends ResourceBundleMessageSource {
        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
