package kz.attest.testing;

import org.springframework.test.web.servlet.ResultMatcher;

import java.util.Arrays;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** What the MockMvc tests expect of a page or an API answer, several texts or JSON values in one expectation. */
public final class Responses {

    private Responses() {
    }

    /** The body holds each of {@code texts} (as {@code content().string(containsString(text))} for each). */
    public static ResultMatcher showing(String... texts) {
        return all(Arrays.stream(texts).map(text -> content().string(containsString(text))).toArray(ResultMatcher[]::new));
    }

    /**
     * The JSON body has each value at its path, given as pairs {@code path, value, path, value, …} (as
     * {@code jsonPath(path).value(value)} for each).
     */
    public static ResultMatcher json(Object... pathsAndValues) {
        if (pathsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("paths and values come in pairs");
        }
        ResultMatcher[] matchers = new ResultMatcher[pathsAndValues.length / 2];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = jsonPath((String) pathsAndValues[2 * i]).value(pathsAndValues[2 * i + 1]);
        }
        return all(matchers);
    }

    /** Each of {@code matchers} in turn, the first that fails failing the whole, as a chain of {@code andExpect}. */
    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
