package kz.attest.catalogue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a catalogue file (JSON) and validates it. Each list entry is read on its own so that an unreadable field is
 * reported with the service code it belongs to and its path, e.g. {@code NOTARY_ATTESTATION.stages[0].kind}.
 */
final class CatalogueLoader {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The validated catalogue, or {@link InvalidCatalogueException} naming every problem found. */
    Catalogue load(InputStream json, String source) {
        return load(json, source, List.of());
    }

    /**
     * The validated catalogue with the commission interview switched on for the services named (configuration
     * {@code attest.catalogue.interview-services}); naming an unknown service, or one without interview rules, is a
     * problem reported like any other.
     */
    Catalogue load(InputStream json, String source, List<String> interviewServices) {
        CatalogueData data = withInterviews(read(json, source), interviewServices);
        List<String> problems = new CatalogueValidator(data).problems();
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new Catalogue(data);
    }

    private static CatalogueData withInterviews(CatalogueData data, List<String> codes) {
        if (codes.isEmpty()) {
            return data;
        }
        List<String> problems = new ArrayList<>();
        for (String code : codes) {
            boolean known = data.services().stream()
                    .anyMatch(s -> s.code().value().equals(code) && s.interview().isPresent());
            if (!known) {
                problems.add("attest.catalogue.interview-services names " + code
                        + ", which is not a service with commission interview rules");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        List<ServiceDefinition> services = data.services().stream()
                .map(s -> codes.contains(s.code().value()) ? switchedOn(s) : s).toList();
        return new CatalogueData(data.version(), data.topics(), data.specialties(), data.documentTypes(), services);
    }

    private static ServiceDefinition switchedOn(ServiceDefinition s) {
        InterviewRules i = s.interview().orElseThrow();
        InterviewRules on = new InterviewRules(true, i.duration(), i.maxQuestionsPerSpecialty(), i.conclusionDuration(),
                i.ref());
        return new ServiceDefinition(s.code(), s.name(), s.kind(), s.provider(), s.legalBasis(), s.stages(), s.retake(),
                s.banAfterViolation(), s.noShow(), s.validity(), s.deadlines(), s.applicationForm(),
                s.requiredDocuments(), s.decisionForm(), s.resultsPrintedInTwoCopies(), Optional.of(on),
                s.prerequisite(), s.paymentRequired(), s.specialtyGroup(), s.requirements());
    }

    private CatalogueData read(InputStream json, String source) {
        JsonNode root;
        try (json) {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidCatalogueException(List.of(source + " is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the service catalogue " + source, e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCatalogueException(List.of(source + " must hold a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        List<String> known = List.of("version", "topics", "specialties", "documentTypes", "services");
        root.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(source + " has an unknown field '" + name + "'");
            }
        });
        String version = root.path("version").asString(null);
        List<Topic> topics = readList(root, "topics", Topic.class, "topics", problems);
        List<ExpertSpecialty> specialties = readList(root, "specialties", ExpertSpecialty.class, "specialties", problems);
        List<DocumentType> documentTypes = readList(root, "documentTypes", DocumentType.class, "documentTypes", problems);
        List<ServiceDefinition> services = readList(root, "services", ServiceDefinition.class, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new CatalogueData(version, topics, specialties, documentTypes, services);
    }

    /** Reads each element; a failure is named by the element's {@code code} (or list name and index) and the path. */
    private <T> List<T> readList(JsonNode root, String field, Class<T> type, String listName, List<String> problems) {
        List<T> result = new ArrayList<>();
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return result;
        }
        if (!array.isArray()) {
            problems.add(field + " must be a list");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String code = element.path("code").asString("");
            String name = listName == null
                    ? (code.isBlank() ? field + "[" + i + "]" : code)
                    : listName + "[" + (code.isBlank() ? i : code) + "]";
            try {
                result.add(mapper.treeToValue(element, type));
            } catch (JacksonException e) {
                problems.add(name + pathOf(e) + " cannot be read: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                problems.add(name + " cannot be read: " + e.getMessage());
            }
        }
        return result;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
