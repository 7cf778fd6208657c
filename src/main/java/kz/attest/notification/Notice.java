package kz.attest.notification;

import java.util.Map;
import java.util.Set;

/**
 * A notice to one person: which template (a message key family in {@code i18n/notification_*}), its parameters, the
 * channels it goes by, and what it is about (for the cabinet and the officers' delivery status).
 *
 * @param recipientAccountId the person's account (identity module)
 * @param template           the template code, e.g. {@code application.registered}
 * @param parameters         values for the template's placeholders, by name
 * @param channels           cabinet always; SMS and e-mail where the seeds say so (¶7, ¶8, ¶38, ¶63, ¶83)
 * @param subjectType        the kind of thing it is about, e.g. {@code Application}
 * @param subjectId          its id
 * @param organisationId     the organisation whose staff may see how it was delivered; when {@code null}, the
 *                           {@code provider} parameter if there is one
 */
public record Notice(long recipientAccountId, String template, Map<String, String> parameters, Set<Channel> channels,
                     String subjectType, String subjectId, String organisationId) {

    public Notice {
        parameters = Map.copyOf(parameters);
        channels = Set.copyOf(channels);
        if (organisationId == null) {
            organisationId = parameters.get("provider");
        }
    }

    /** A notice whose organisation is its {@code provider} parameter, if any. */
    public Notice(long recipientAccountId, String template, Map<String, String> parameters, Set<Channel> channels,
                  String subjectType, String subjectId) {
        this(recipientAccountId, template, parameters, channels, subjectType, subjectId, null);
    }
}
