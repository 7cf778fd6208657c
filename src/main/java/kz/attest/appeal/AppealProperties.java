package kz.attest.appeal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of appeals ({@code attest.appeal.*}).
 *
 * @param providerTermDays            working days to answer a complaint to the provider or the Ministry (¶101: 5)
 * @param qualityControlTermDays      working days for the quality-control body (¶101: 15)
 * @param ministryOrganisation        the organisation id of the Ministry
 * @param qualityControlOrganisation  the organisation id of the quality-control body
 * @param maxFileSize                 the largest file attached to a complaint
 * @param maxFiles                    how many files one complaint may carry
 */
@ConfigurationProperties("attest.appeal")
record AppealProperties(@DefaultValue("5") int providerTermDays,
                        @DefaultValue("15") int qualityControlTermDays,
                        @DefaultValue("ministry") String ministryOrganisation,
                        @DefaultValue("quality-control") String qualityControlOrganisation,
                        @DefaultValue("10MB") DataSize maxFileSize,
                        @DefaultValue("5") int maxFiles) {

    int termDays(AppealAddressee addressee) {
        return addressee == AppealAddressee.QUALITY_CONTROL ? qualityControlTermDays : providerTermDays;
    }
}
