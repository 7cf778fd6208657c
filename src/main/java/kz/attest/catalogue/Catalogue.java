package kz.attest.catalogue;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service catalogue: the rules of every service, the shared topics, expert specialties and document types.
 * Loaded and validated once at start-up from a versioned data file; immutable afterwards.
 */
public final class Catalogue {

    /** The catalogue file shipped with the platform. */
    public static final String BUNDLED = "catalogue/catalogue.json";

    private final String version;
    private final Map<ServiceCode, ServiceDefinition> services;
    private final Map<String, Topic> topics;
    private final Map<String, ExpertSpecialty> specialties;
    private final Map<String, DocumentType> documentTypes;

    Catalogue(CatalogueData data) {
        this.version = data.version();
        this.services = index(data.services(), ServiceDefinition::code);
        this.topics = index(data.topics(), Topic::code);
        this.specialties = index(data.specialties(), ExpertSpecialty::code);
        this.documentTypes = index(data.documentTypes(), DocumentType::code);
    }

    /** The bundled catalogue, loaded and validated without Spring (for plain unit tests of other modules). */
    public static Catalogue bundled() {
        var stream = Catalogue.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (stream == null) {
            throw new IllegalStateException("The bundled service catalogue " + BUNDLED + " is not on the classpath");
        }
        return new CatalogueLoader().load(stream, BUNDLED);
    }

    /** The version of the catalogue data. */
    public String version() {
        return version;
    }

    /** All services, in catalogue order. */
    public List<ServiceDefinition> all() {
        return List.copyOf(services.values());
    }

    public Optional<ServiceDefinition> find(ServiceCode code) {
        return Optional.ofNullable(services.get(code));
    }

    /** The service, or a 404 refusal {@code catalogue.unknown-service}. */
    public ServiceDefinition get(ServiceCode code) {
        return find(code).orElseThrow(() -> unknownService(String.valueOf(code)));
    }

    /** The service with a code given as text (e.g. from a URL), or a 404 refusal {@code catalogue.unknown-service}. */
    public ServiceDefinition get(String code) {
        return ServiceCode.parse(code).flatMap(this::find).orElseThrow(() -> unknownService(code));
    }

    /** All topics (laws and subjects of the blueprints), shared between services. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** The topic, or a 404 refusal {@code catalogue.unknown-topic}. */
    public Topic topic(String code) {
        return Optional.ofNullable(topics.get(code))
                .orElseThrow(() -> unknown("catalogue.unknown-topic", code));
    }

    /** Topic code → name in the given language, for rendering blueprints. */
    public Map<String, String> topicNames(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        topics.forEach((code, topic) -> names.put(code, topic.name().in(locale)));
        return names;
    }

    /** All forensic expert specialties. */
    public List<ExpertSpecialty> specialties() {
        return List.copyOf(specialties.values());
    }

    /** The specialty, or a 404 refusal {@code catalogue.unknown-specialty}. */
    public ExpertSpecialty specialty(String code) {
        return Optional.ofNullable(specialties.get(code))
                .orElseThrow(() -> unknown("catalogue.unknown-specialty", code));
    }

    /** The specialties a candidate of this service may choose; empty when the service is not per specialty. */
    public List<ExpertSpecialty> specialtiesFor(ServiceCode code) {
        return get(code).specialtyGroup()
                .map(group -> specialties.values().stream().filter(s -> s.group() == group).toList())
                .orElse(List.of());
    }

    /** All document types applicants attach. */
    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes.values());
    }

    /** The document type, or a 404 refusal {@code catalogue.unknown-document-type}. */
    public DocumentType documentType(String code) {
        return Optional.ofNullable(documentTypes.get(code))
                .orElseThrow(() -> unknown("catalogue.unknown-document-type", code));
    }

    private static CatalogueRefusal unknown(String messageKey, String code) {
        return new CatalogueRefusal(CatalogueRefusal.Kind.NOT_FOUND, messageKey, code);
    }

    private static CatalogueRefusal unknownService(String code) {
        return unknown("catalogue.unknown-service", code);
    }

    private static <K, T> Map<K, T> index(List<T> entries, Function<T, K> key) {
        return java.util.Collections.unmodifiableMap(entries.stream()
                .collect(Collectors.toMap(key, e -> e, (a, b) -> a, LinkedHashMap::new)));
    }
}
