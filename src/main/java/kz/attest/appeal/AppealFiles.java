package kz.attest.appeal;

import kz.attest.web.Refusal.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.web.Refusal.Kind;
import org.apache.tika.Tika;
import org.springframework.util.unit.DataSize;

import java.util.Set;

/** Accepts a file attached to a complaint for what its bytes are: PDF, JPEG or PNG, not empty, within the limit. */
final class AppealFiles {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    private AppealFiles() {
    }

    static AppealRows.NewFile inspect(String fileName, byte[] content, DataSize limit) {
        if (content == null || content.length == 0) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.file-empty");
        }
        if (content.length > limit.toBytes()) {
            throw new AppealRefusal(Kind.TOO_LARGE, "appeal.error.file-too-large",
                    limit.toMegabytes());
        }
        String detected = TIKA.detect(content);
        if (!ACCEPTED.contains(detected)) {
            throw new AppealRefusal(Kind.UNSUPPORTED_TYPE, "appeal.error.file-type");
        }
        return new AppealRows.NewFile(cleanName(fileName), detected, DigestUtils.sha256Hex(content), content);
    }

    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

}
