package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.ItemBank;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The leak scan (issue 13, "Hostile input and access"): the whole HTTP transcript of a candidate's attempt — every
 * page, every API answer, headers included — holds no correct-answer key, no question outside the candidate's own
 * form (neither its id nor its text) and nothing of another candidate sitting at the same time (¶14: the bank is
 * confidential; the key is read only on the server at the finish).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnswerKeyLeakTests extends WithDeliveryFixtures {

    static final String ADVOCATES = "ADVOCATE_ATTESTATION";
    static final Pattern KEY_FIELDS = Pattern.compile(
            "\"(correct[A-Za-z]*|key|keys|answerKey|scoringKey|rightOption)\"\\s*:|data-correct|class=\"[^\"]*\\bcorrect\\b",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    ItemBank bank;

    private final StringBuilder transcript = new StringBuilder();
    private int exchanges;
    private int documents;
    private final StringBuilder documentText = new StringBuilder();

    private MockHttpServletResponse record(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        exchanges++;
        for (String header : response.getHeaderNames()) {
            transcript.append(header).append(": ").append(String.join(", ", response.getHeaders(header))).append('\n');
        }
        transcript.append(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).append('\n');
        transcript.append(documentText(response)).append('\n');
        return response;
    }

    /**
     * The text of a PDF (PDFBox) or Word (POI) answer, so that what a candidate downloads is scanned like a page: a
     * key or another candidate's name inside a result sheet is a leak too.
     */
    private String documentText(MockHttpServletResponse response) throws java.io.IOException {
        byte[] body = response.getContentAsByteArray();
        String type = String.valueOf(response.getContentType());
        if (body.length > 4 && new String(body, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            documents++;
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                documentText.append(text);
                return text;
            }
        }
        if (type.contains("wordprocessingml")) {
            documents++;
            try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(body));
                 var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
                String text = extractor.getText();
                documentText.append(text);
                return text;
            }
        }
        return "";
    }

    @Test
    void aCandidatesTranscriptHoldsNoKeyNoForeignQuestionAndNoOtherCandidate_000_14() throws Exception {
        CandidateCheckedIn other = DeliveryFixtures.checkIn(ADVOCATES, List.of(1), HallPolicy.open());
        MockHttpSession otherSession = fixtures.started(other);
        UUID otherAttempt = fixtures.startStage(otherSession, "ru", 1);

        CandidateCheckedIn drawn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1), HallPolicy.open());
        while (drawn.fullName().equals(other.fullName())) {   // a name ends in 4 random digits: the same one time in 10,000
            drawn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1), HallPolicy.open());
        }
        CandidateCheckedIn me = drawn;
        MockHttpSession session = fixtures.started(me);
        record(get("/exam").session(session));
        record(post("/exam/language").param("language", "ru").session(session).with(csrf()));
        record(get("/exam").param("lang", "ru").session(session));
        record(post("/exam/stages/{n}/start", 1).session(session).with(csrf()));
        UUID attempt = fixtures.attemptId(session, 1);
        int count = fixtures.key(attempt).size();
        // the client's form payload (issue 12): the whole form at once, so it is scanned with the rest and, field by
        // field, holds only what a question page shows
        MockHttpServletResponse form = record(get("/api/v1/exam/stages/{n}/form", 1).session(session));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getHeader("Cache-Control")).contains("no-store");
        tools.jackson.databind.JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(form.getContentAsString(StandardCharsets.UTF_8));
        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("attempt", "stage", "state",
                "remainingSeconds", "count", "questions", "answers", "sequences", "flagged");
        assertThat(payload.get("questions")).hasSize(count);
        for (tools.jackson.databind.JsonNode question : payload.get("questions")) {
            assertThat(question.propertyNames()).isSubsetOf("position", "situation", "caseNumber", "stem", "options");
        }
        for (int p = 1; p <= count; p++) {
            record(get("/exam/stages/1/questions/{p}", p).session(session));
            record(put("/api/v1/exam/attempts/{a}/answers/{p}", attempt, p).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"option\":" + (p % 3) + ",\"seq\":1}").session(session).with(csrf()));
            if (p % 10 == 0) {
                record(put("/api/v1/exam/attempts/{a}/flags/{p}", attempt, p).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"flagged\":true}").session(session).with(csrf()));
                record(get("/api/v1/exam/attempts/{a}", attempt).session(session));
            }
        }
        record(get("/exam/stages/1/finish").session(session));
        record(post("/exam/stages/1/finish").session(session).with(csrf()));
        record(get("/exam/stages/1/result").session(session));
        record(get("/exam").session(session));
        // after the finish the form is no longer given out
        assertThat(record(get("/api/v1/exam/stages/{n}/form", 1).session(session)).getStatus()).isEqualTo(409);
        // the documents the result page offers: the result sheet as PDF and as Word (seed 001)
        MockHttpServletResponse sheet = record(get("/exam/results.pdf").session(session));
        assertThat(sheet.getStatus()).as("the result sheet of the finished sitting").isEqualTo(200);
        record(get("/exam/results.docx").session(session));
        assertThat(documentText.toString()).as("the text of the result sheets").contains(me.iin());
        String text = transcript.toString();

        // no key: no field or marker that says which option is right
        assertThat(KEY_FIELDS.matcher(text).find()).as("a key field in the transcript").isFalse();

        // no question outside the form: neither the id of any other question of the bank nor the other form's texts
        Set<UUID> mine = new HashSet<>(formOf(attempt).items().stream().map(FormItem::itemId).toList());
        List<UUID> foreign = jdbc.sql("SELECT id FROM itembank_item").query(UUID.class).list().stream()
                .filter(id -> !mine.contains(id)).toList();
        assertThat(foreign).isNotEmpty();
        assertThat(foreign.stream().map(UUID::toString).filter(text::contains).toList()).isEmpty();
        List<UUID> othersOnly = formOf(otherAttempt).items().stream().map(FormItem::itemId)
                .filter(id -> !mine.contains(id)).limit(10).toList();
        for (UUID id : othersOnly) {
            String stem = bank.readItem(id, "leak-scan").content().stem().in(Locale.forLanguageTag("ru"));
            assertThat(text).as("the text of question " + id + " of another form").doesNotContain(stem);
        }

        // nothing of the other candidate
        assertThat(text).doesNotContain(other.iin(), other.fullName(), otherAttempt.toString(),
                other.sittingId().toString(), other.seatId().toString());
        System.out.printf("Leak scan: %d exchanges (%d KB, %d PDF/Word documents read as text) of one candidate's attempt"
                + " of %d questions: no key field, 0 of %d foreign question ids, 0 of %d foreign stems, nothing of the"
                + " other candidate%n", exchanges, text.length() / 1024, documents, count, foreign.size(), othersOnly.size());
    }

    private AssembledForm formOf(UUID attempt) {
        String form = jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(String.class).single();
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(form, AssembledForm.class);
    }
}
