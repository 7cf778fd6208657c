package kz.attest.itembank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When item statistics flag a question ({@code attest.itembank.statistics.*}).
 *
 * @param tooEasy             facility above which a question is too easy
 * @param tooHard             facility below which a question is too hard
 * @param nonDiscriminating   point-biserial discrimination below which a question does not separate strong from
 *                            weak candidates
 * @param minimumResponses    no flag is raised before a question has been shown this many times
 */
@ConfigurationProperties("attest.itembank.statistics")
record StatisticsProperties(@DefaultValue("0.95") double tooEasy, @DefaultValue("0.2") double tooHard,
                            @DefaultValue("0.1") double nonDiscriminating, @DefaultValue("20") int minimumResponses) {
}
