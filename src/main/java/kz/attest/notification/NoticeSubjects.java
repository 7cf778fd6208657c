package kz.attest.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The subjects of the notices about a thing, in the reader's language, by notice id: what the officers' delivery table
 * shows instead of the template's key (issue 14).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeSubjects {

    private final NoticeDeliveryRows rows;
    private final NoticeTemplates templates;

    @Transactional(readOnly = true)
    public Map<Long, String> about(String subjectType, String subjectId, Locale language) {
        return subjects(rows.textsAbout(subjectType, subjectId), language);
    }

    /** The subjects of the given notices, by id, in the reader's language. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(java.util.Collection<Long> noticeIds, Locale language) {
        return noticeIds.isEmpty() ? new LinkedHashMap<>() : subjects(rows.texts(noticeIds), language);
    }

    private Map<Long, String> subjects(java.util.List<NoticeDeliveryRows.NoticeText> notices, Locale language) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        for (NoticeDeliveryRows.NoticeText notice : notices) {
            subjects.put(notice.id(), templates.render(notice.template(),
                    NoticeParameters.fromJson(notice.parametersJson()), language).subject());
        }
        return subjects;
    }
}
