package kz.attest.appeal;

import kz.attest.web.AcceptedFiles;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.util.unit.DataSize;

/** Accepts a file attached to a complaint for what its bytes are: PDF, JPEG or PNG, not empty, within the limit. */
final class AppealFiles {

    private static final AcceptedFiles ACCEPTED = new AcceptedFiles(AppealRefusal::new,
            "appeal.error.file-empty", "appeal.error.file-too-large", "appeal.error.file-type");

    private AppealFiles() {
    }

    static AppealRows.NewFile inspect(String fileName, byte[] content, DataSize limit) {
        String detected = ACCEPTED.typeOf(content, limit);
        return new AppealRows.NewFile(cleanName(fileName), detected, DigestUtils.sha256Hex(content), content);
    }

    static String cleanName(String fileName) {
        return AcceptedFiles.cleanName(fileName, "file");
    }
}
