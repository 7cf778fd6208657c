package kz.attest.decision;

import kz.attest.identity.Accounts;
import kz.attest.identity.Role;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What {@link Outcomes} tells through the outbox: the signers of a decision to sign, the person of its outcome. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeNotices {

    private final Accounts accounts;
    private final Notifications notifications;

    /** The provider's heads: a decision awaits their signature. */
    void tellSigners(OutcomeRows.Row row) {
        for (long head : accounts.staffWithRole(row.providerId(), Role.PROVIDER_HEAD)) {
            notifications.notify(new Notice(head, "decision.outcome-to-sign", Map.of("number", row.number()),
                    Set.of(Channel.CABINET), Outcomes.ENTITY, row.id().toString()));
        }
    }

    /** The person, in the cabinet and by e-mail. */
    void tell(long accountId, String template, OutcomeRows.Row row, Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("number", row.number());
        parameters.putAll(extra);
        notifications.notify(new Notice(accountId, template, parameters, Set.of(Channel.CABINET, Channel.EMAIL),
                Outcomes.ENTITY, row.id().toString()));
    }
}
