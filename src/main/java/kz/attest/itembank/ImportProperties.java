package kz.attest.itembank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of XLSX and QTI imports ({@code attest.itembank.import.*}).
 *
 * @param maxFileSize     largest accepted upload (compressed, as sent)
 * @param maxUnpackedSize largest total size of all entries of the zip once inflated
 * @param maxEntries      most entries a zip may hold (a QTI package has one file per question)
 * @param maxRatio        largest inflation ratio of one entry (zip bomb guard); entries under 64 KiB are not judged
 */
@ConfigurationProperties("attest.itembank.import")
record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxUnpackedSize,
                        @DefaultValue("20000") int maxEntries, @DefaultValue("100") int maxRatio) {

    static ImportProperties defaults() {
        return new ImportProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 20000, 100);
    }
}
