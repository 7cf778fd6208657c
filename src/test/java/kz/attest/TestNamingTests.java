package kz.attest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test naming a legal paragraph ends with one citation per paragraph, {@code _<seed>_<¶>}, the seed repeated for
 * each ({@code _000_10_000_38}), a sub-point after its paragraph if any ({@code _003_6_1}), digits only after the
 * seed (docs/decisions.md "Test-name citations"). Plain JUnit: reads the test sources.
 */
class TestNamingTests {

    private static final String ARGUMENTS = "(?:\\((?:\"(?:[^\"\\\\]++|\\\\.)*+\"|[^()\"]++|\\([^()]*+\\))*+\\))?+";
    /** A test annotation, further annotations (strings, nested parentheses) and line comments, modifiers, the return type, the name. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b" + ARGUMENTS
                    + "(?:\\s*+(?:@[\\w.]++" + ARGUMENTS + "|//[^\\n]*+))*+"
                    + "\\s*+(?:(?:public|protected|private|static|final)\\s++)*+[\\w<>\\[\\], ?.]+?\\s+(\\w+)\\s*\\(");
    /** Counted for the assertion below that the scan found the test methods. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    /** A seed number where a citation starts. */
    static final Pattern CITES_A_SEED = Pattern.compile("_00[0-4](?:_|$)");
    /**
     * The words of the name, then one or more {@code _<seed>_<¶>[_<sub>]}; a sub-point is at most 20 (no paragraph of a
     * seed has more), so a compact second paragraph ({@code _000_43_28}) does not pass as one.
     */
    static final Pattern WELL_CITED = Pattern.compile(
            "[a-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*(?:_00[0-4]_[1-9][0-9]*(?:_(?:[1-9]|1[0-9]|20))?)+");

    @Test
    void everyTestCitingASeedUsesOneCitationPerParagraph() throws IOException {
        List<String> wrong = new ArrayList<>();
        int cited = 0;
        int methods = 0;
        int annotations = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                annotations += (int) TEST_ANNOTATION.matcher(text).results().count();
                Matcher method = TEST_METHOD.matcher(text);
                while (method.find()) {
                    methods++;
                    String name = method.group(1);
                    if (CITES_A_SEED.matcher(name).find()) {
                        cited++;
                        if (!WELL_CITED.matcher(name).matches()) {
                            wrong.add(source.getFileName() + " " + name);
                        }
                    }
                }
            }
        }
        assertThat(methods).as("every test method's name was read").isEqualTo(annotations);
        assertThat(cited).as("test methods citing a seed were found").isGreaterThan(300);
        assertThat(wrong).as("write one _<seed>_<¶> per paragraph, e.g. _000_10_000_38 or _003_6_1").isEmpty();
    }

    @Test
    void theFormatAcceptsRepeatedSeedsAndSubPointsAndRefusesTheOthers() {
        assertThat(List.of("decisionDueWithinOneWorkingDay_000_52", "assignedCandidatesAreTold_000_10_000_38",
                "registeredTheSameWorkingDay_003_6_1", "anInterviewIsPending_001_10_002_5", "published_004_105_7"))
                .allMatch(name -> WELL_CITED.matcher(name).matches());
        assertThat(List.of("forensicCases_000_43_28", "signature_003_p6", "steps_004_app2", "interview_001_002_5",
                "bare_003", "range_000_4_to_000_8", "appendix_000_appendix_5", "steps_seed003_6"))
                .noneMatch(name -> WELL_CITED.matcher(name).matches());
    }
}
