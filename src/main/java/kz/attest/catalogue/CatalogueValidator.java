package kz.attest.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks a catalogue must pass before the platform starts: every reference resolves, every text exists in
 * kk, ru and en, every blueprint sums to its stage's question count, thresholds are percentages, terms have units.
 * Problems are phrased {@code <service>.<field> <what is wrong>}.
 */
final class CatalogueValidator {

    private final CatalogueData data;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> topicCodes;
    private final Set<String> documentCodes;
    private final Set<String> serviceCodes;

    CatalogueValidator(CatalogueData data) {
        this.data = data;
        this.topicCodes = codes(data.topics(), Topic::code);
        this.documentCodes = codes(data.documentTypes(), DocumentType::code);
        this.serviceCodes = data.services().stream().map(ServiceDefinition::code)
                .filter(java.util.Objects::nonNull).map(ServiceCode::value).collect(Collectors.toSet());
    }

    List<String> problems() {
        if (data.version() == null || data.version().isBlank()) {
            problems.add("version is missing");
        }
        checkEntries("topics", data.topics(), Topic::code, Topic::name);
        checkEntries("documentTypes", data.documentTypes(), DocumentType::code, DocumentType::name);
        checkEntries("specialties", data.specialties(), ExpertSpecialty::code, ExpertSpecialty::name);
        for (ExpertSpecialty specialty : data.specialties()) {
            if (specialty.group() == null) {
                problems.add("specialties[" + specialty.code() + "].group is missing");
            }
        }
        if (data.services().isEmpty()) {
            problems.add("services is empty");
        }
        Set<ServiceCode> seen = new HashSet<>();
        for (int i = 0; i < data.services().size(); i++) {
            ServiceDefinition service = data.services().get(i);
            if (service.code() == null) {
                problems.add("services[" + i + "].code is missing");
                continue;
            }
            if (!seen.add(service.code())) {
                problems.add(service.code() + ".code is a duplicate: the code appears more than once");
            }
            checkService(service.code().value(), service);
        }
        return List.copyOf(problems);
    }

    private <T> void checkEntries(String list, List<T> entries, Function<T, String> code, Function<T, LocalizedText> name) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            String c = code.apply(entry);
            if (c == null || c.isBlank()) {
                problems.add(list + "[" + i + "].code is missing");
                continue;
            }
            if (!seen.add(c)) {
                problems.add(list + "[" + c + "].code is a duplicate: the code appears more than once");
            }
            translated(list + "[" + c + "].name", name.apply(entry));
        }
    }

    private void checkService(String s, ServiceDefinition service) {
        translated(s + ".name", service.name());
        required(s + ".kind", service.kind());
        required(s + ".provider", service.provider());
        if (service.legalBasis().isEmpty()) {
            problems.add(s + ".legalBasis is missing");
        }
        for (int i = 0; i < service.legalBasis().size(); i++) {
            legalRef(s + ".legalBasis[" + i + "]", service.legalBasis().get(i));
        }
        if (service.kind() != null && service.kind() != ServiceKind.LICENSE && service.stages().isEmpty()) {
            problems.add(s + ".stages is missing: an attestation or qualification has at least one test stage");
        }
        for (int i = 0; i < service.stages().size(); i++) {
            checkStage(s + ".stages[" + i + "]", i + 1, service.stages().get(i), service);
        }
        if (service.tested()) {
            if (service.retake().isEmpty()) {
                problems.add(s + ".retake is missing");
            }
            if (service.noShow().isEmpty()) {
                problems.add(s + ".noShow is missing");
            }
            if (service.banAfterViolation().isEmpty()) {
                problems.add(s + ".banAfterViolation is missing");
            }
        }
        service.retake().ifPresent(retake -> checkRetake(s + ".retake", retake));
        service.banAfterViolation().ifPresent(ban -> term(s + ".banAfterViolation", ban));
        service.noShow().ifPresent(noShow -> {
            term(s + ".noShow.validReasonWindow", noShow.validReasonWindow());
            legalRef(s + ".noShow.ref", noShow.ref());
        });
        service.validity().ifPresent(validity -> term(s + ".validity", validity));
        checkDeadlines(s, service.deadlines());
        service.applicationForm().ifPresent(form -> form(s + ".applicationForm", form));
        required(s + ".decisionForm", service.decisionForm());
        if (service.decisionForm() != null) {
            form(s + ".decisionForm", service.decisionForm());
        }
        for (int i = 0; i < service.requiredDocuments().size(); i++) {
            String document = service.requiredDocuments().get(i);
            if (!documentCodes.contains(document)) {
                problems.add(s + ".requiredDocuments[" + i + "] is an unknown document type '" + document + "'");
            }
        }
        service.interview().ifPresent(interview -> {
            term(s + ".interview.duration", interview.duration());
            term(s + ".interview.conclusionDuration", interview.conclusionDuration());
            if (interview.maxQuestionsPerSpecialty() < 1) {
                problems.add(s + ".interview.maxQuestionsPerSpecialty must be at least 1");
            }
            legalRef(s + ".interview.ref", interview.ref());
        });
        service.prerequisite().ifPresent(prerequisite -> {
            if (!serviceCodes.contains(prerequisite.value())) {
                problems.add(s + ".prerequisite is an unknown service '" + prerequisite + "'");
            } else if (prerequisite.equals(service.code())) {
                problems.add(s + ".prerequisite names the service itself");
            }
        });
        checkRequirements(s, service.requirements());
        if (service.perSpecialty()) {
            if (service.specialtyGroup().isEmpty()) {
                problems.add(s + ".specialtyGroup is missing: its cases are drawn per expert specialty");
            } else if (data.specialties().stream().noneMatch(e -> e.group() == service.specialtyGroup().get())) {
                problems.add(s + ".specialtyGroup " + service.specialtyGroup().get() + " has no specialties");
            }
        }
    }

    /** ¶5, ¶80: each item of the qualification-requirements checklist has a code, a kk/ru/en label and its source. */
    private void checkRequirements(String s, List<QualificationRequirement> requirements) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            QualificationRequirement requirement = requirements.get(i);
            String code = requirement.code();
            String p = s + ".requirements[" + (code == null || code.isBlank() ? Integer.toString(i) : code) + "]";
            if (code == null || code.isBlank()) {
                problems.add(p + ".code is missing");
            } else if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
                problems.add(p + ".code must be upper-case letters, digits and underscores");
            } else if (!seen.add(code)) {
                problems.add(p + ".code is a duplicate: the code appears more than once");
            }
            translated(p + ".label", requirement.label());
            legalRef(p + ".ref", requirement.ref());
        }
    }

    private void checkStage(String p, int expectedNumber, Stage stage, ServiceDefinition service) {
        if (stage.number() != expectedNumber) {
            problems.add(p + ".number is " + stage.number() + ", expected " + expectedNumber);
        }
        required(p + ".kind", stage.kind());
        if (stage.questions() < 1) {
            problems.add(p + ".questions must be at least 1");
        }
        if (stage.duration() == null) {
            problems.add(p + ".duration is missing");
        } else {
            term(p + ".duration", stage.duration());
            if (stage.duration().unit() != TermUnit.MINUTES) {
                problems.add(p + ".duration must be in MINUTES");
            }
        }
        if (stage.passThreshold() < 0 || stage.passThreshold() > 100) {
            problems.add(p + ".passThreshold is " + stage.passThreshold() + ", expected a percentage from 0 to 100");
        }
        if (stage.minAnswerOptions() < 2) {
            problems.add(p + ".minAnswerOptions is " + stage.minAnswerOptions() + ", expected at least 2");
        }
        legalRef(p + ".ref", stage.ref());
        if (stage.kind() == StageKind.KNOWLEDGE_TEST && stage.blueprint().isEmpty()) {
            problems.add(p + ".blueprint is missing: a knowledge test is drawn by blueprint");
        }
        if (stage.kind() == StageKind.PRACTICAL_TEST && stage.cases().isEmpty()) {
            problems.add(p + ".cases is missing: a practical test is made of cases");
        }
        stage.blueprint().ifPresent(blueprint -> {
            if (blueprint.quotas().isEmpty()) {
                problems.add(p + ".blueprint is empty");
            }
            for (TopicQuota quota : blueprint.quotas()) {
                if (!topicCodes.contains(quota.topic())) {
                    problems.add(p + ".blueprint names an unknown topic '" + quota.topic() + "'");
                }
                if (quota.count() == null || quota.count() < 1) {
                    problems.add(p + ".blueprint." + quota.topic() + " must be a count of at least 1");
                }
            }
            if (blueprint.total() != stage.questions()) {
                problems.add(p + ".blueprint sums to " + blueprint.total() + ", expected " + stage.questions());
            }
        });
        stage.cases().ifPresent(cases -> {
            if (cases.cases() < 1 || cases.questionsPerCase() < 1) {
                problems.add(p + ".cases must have at least 1 case of at least 1 question");
            } else if (cases.totalQuestions() != stage.questions()) {
                problems.add(p + ".cases make " + cases.cases() + " × " + cases.questionsPerCase() + " = "
                        + cases.totalQuestions() + " questions, expected " + stage.questions());
            }
        });
        if (expectedNumber == 1 && stage.requiresPreviousStagePassed()) {
            problems.add(p + ".requiresPreviousStagePassed is set on the first stage");
        }
    }

    private void checkRetake(String p, RetakeRules retake) {
        if (retake.earliest() == null) {
            problems.add(p + ".earliest is missing");
        } else {
            term(p + ".earliest", retake.earliest());
        }
        retake.latest().ifPresent(latest -> term(p + ".latest", latest));
        retake.maxRepeats().ifPresent(max -> {
            if (max < 0) {
                problems.add(p + ".maxRepeats must not be negative");
            }
        });
        for (int i = 0; i < retake.requiredDocuments().size(); i++) {
            if (!documentCodes.contains(retake.requiredDocuments().get(i))) {
                problems.add(p + ".requiredDocuments[" + i + "] is an unknown document type '"
                        + retake.requiredDocuments().get(i) + "'");
            }
        }
        if (retake.additionalTrainingRequired() && retake.requiredDocuments().isEmpty()) {
            problems.add(p + ".requiredDocuments must name the document proving the additional training");
        }
    }

    private void checkDeadlines(String s, List<DeadlineRule> deadlines) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < deadlines.size(); i++) {
            DeadlineRule rule = deadlines.get(i);
            String p = s + ".deadlines[" + i + "]";
            required(p + ".step", rule.step());
            required(p + ".anchor", rule.anchor());
            if (rule.term() == null) {
                problems.add(p + ".term is missing");
            } else {
                term(p + ".term", rule.term());
            }
            if (rule.step() != null && !seen.add(rule.step() + "/" + rule.variant())) {
                problems.add(p + ".step " + rule.step() + " appears twice");
            }
        }
    }

    private void term(String p, Term term) {
        if (term == null) {
            problems.add(p + " is missing");
            return;
        }
        if (term.unit() == null) {
            problems.add(p + ".unit is missing");
        }
        if (term.amount() < 0) {
            problems.add(p + ".amount must not be negative");
        }
        legalRef(p + ".ref", term.ref());
    }

    private void form(String p, FormRef form) {
        if (form.code() == null || form.code().isBlank()) {
            problems.add(p + ".code is missing");
        }
        translated(p + ".title", form.title());
        legalRef(p + ".ref", form.ref());
    }

    private void legalRef(String p, LegalRef ref) {
        if (ref == null || ref.seed().isEmpty()) {
            problems.add(p + " is missing");
        } else if (!ref.known()) {
            problems.add(p + " names an unknown seed '" + ref.seed() + "'");
        }
    }

    private void translated(String p, LocalizedText text) {
        if (text == null) {
            problems.add(p + " is missing");
            return;
        }
        for (String language : text.missingLanguages()) {
            problems.add(p + "." + language + " is missing: every text needs kk, ru and en");
        }
    }

    private void required(String p, Object value) {
        if (value == null) {
            problems.add(p + " is missing");
        }
    }

    private static <T> Set<String> codes(List<T> entries, Function<T, String> code) {
        return entries.stream().map(code).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
