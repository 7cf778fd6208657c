package kz.attest.itembank;

import kz.attest.itembank.ImportBatch.Question;
import kz.attest.itembank.ImportBatch.Situation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * IMS QTI 2.1 content packages (documented in {@code docs/itembank-import.md}): {@code imsmanifest.xml} and one
 * {@code assessmentItem} per question or case under {@code items/}. Both languages live in one item: every text is a
 * pair of elements tagged {@code xml:lang="kk"} and {@code xml:lang="ru"}. A question is a {@code choiceInteraction}
 * with {@code maxChoices="1"} (stem in its {@code prompt}) and a {@code responseDeclaration} of cardinality single
 * naming the correct choice; a case is one item with its situation ({@code div class="situation"}) and one such
 * interaction per question. Topic, pool and case scope travel as LOM classification in the manifest.
 * Parsing is hardened: no DTD, no external entities, no XInclude.
 */
final class QtiPackage {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String ITEM_TYPE = "imsqti_item_xmlv2p1";
    static final String TOPIC = "attest-kz:topic";
    static final String POOL = "attest-kz:pool";
    static final String SCOPE = "attest-kz:case-scope";
    static final String MANIFEST = "imsmanifest.xml";
    private static final String CHOICES = "ABCDEFGH";

    private QtiPackage() {
    }

    // ---- writing

    /** A zip of the given approved questions and cases. */
    static byte[] write(List<Item> items, List<BankCase> cases) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(items, cases));
            zip.closeEntry();
            for (Item item : items) {
                String id = "item-" + item.id();
                zip.putNextEntry(new ZipEntry("items/" + id + ".xml"));
                zip.write(xml(w -> {
                    start(w, id);
                    responseDeclaration(w, "RESPONSE", item.content());
                    w.writeStartElement("itemBody");
                    interaction(w, "RESPONSE", item.content());
                    w.writeEndElement();
                    w.writeEndElement();
                }));
                zip.closeEntry();
            }
            for (BankCase bankCase : cases) {
                String id = "case-" + bankCase.id();
                List<ItemContent> questions = bankCase.content().questions();
                zip.putNextEntry(new ZipEntry("items/" + id + ".xml"));
                zip.write(xml(w -> {
                    start(w, id);
                    for (int q = 0; q < questions.size(); q++) {
                        responseDeclaration(w, "RESPONSE_" + (q + 1), questions.get(q));
                    }
                    w.writeStartElement("itemBody");
                    w.writeStartElement("div");
                    w.writeAttribute("class", "situation");
                    languages(w, "div", bankCase.content().situation());
                    w.writeEndElement();
                    for (int q = 0; q < questions.size(); q++) {
                        interaction(w, "RESPONSE_" + (q + 1), questions.get(q));
                    }
                    w.writeEndElement();
                    w.writeEndElement();
                }));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] manifest(List<Item> items, List<BankCase> cases) {
        return xml(w -> {
            w.writeStartElement("manifest");
            w.writeDefaultNamespace(CP);
            w.writeAttribute("identifier", "attest-kz-" + UUID.randomUUID());
            w.writeStartElement("metadata");
            element(w, "schema", "QTIv2.1 Package");
            element(w, "schemaversion", "1.0.0");
            w.writeEndElement();
            w.writeEmptyElement("organizations");
            w.writeStartElement("resources");
            for (Item item : items) {
                resource(w, "item-" + item.id(), Map.of(TOPIC, item.topic(), POOL, pool(item.practice())));
            }
            for (BankCase c : cases) {
                resource(w, "case-" + c.id(), Map.of(SCOPE, c.scope().kind() + ":" + c.scope().code(),
                        POOL, pool(c.practice())));
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String pool(boolean practice) {
        return practice ? "practice" : "live";
    }

    private static void resource(XMLStreamWriter w, String id, Map<String, String> taxa) throws XMLStreamException {
        String href = "items/" + id + ".xml";
        w.writeStartElement("resource");
        w.writeAttribute("identifier", id);
        w.writeAttribute("type", ITEM_TYPE);
        w.writeAttribute("href", href);
        w.writeStartElement("metadata");
        w.writeStartElement("lom");
        w.writeDefaultNamespace(LOM);
        w.writeStartElement("classification");
        w.writeStartElement("purpose");
        element(w, "source", "LOMv1.0");
        element(w, "value", "discipline");
        w.writeEndElement();
        for (Map.Entry<String, String> taxon : new java.util.TreeMap<>(taxa).entrySet()) {
            w.writeStartElement("taxonPath");
            w.writeStartElement("source");
            element(w, "string", taxon.getKey());
            w.writeEndElement();
            w.writeStartElement("taxon");
            element(w, "id", taxon.getValue());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEmptyElement("file");
        w.writeAttribute("href", href);
        w.writeEndElement();
    }

    private static void start(XMLStreamWriter w, String id) throws XMLStreamException {
        w.writeStartElement("assessmentItem");
        w.writeDefaultNamespace(QTI);
        w.writeAttribute("identifier", id);
        w.writeAttribute("title", id);
        w.writeAttribute("adaptive", "false");
        w.writeAttribute("timeDependent", "false");
    }

    private static void responseDeclaration(XMLStreamWriter w, String response, ItemContent content)
            throws XMLStreamException {
        w.writeStartElement("responseDeclaration");
        w.writeAttribute("identifier", response);
        w.writeAttribute("cardinality", "single");
        w.writeAttribute("baseType", "identifier");
        w.writeStartElement("correctResponse");
        element(w, "value", String.valueOf(CHOICES.charAt(content.correctOption())));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void interaction(XMLStreamWriter w, String response, ItemContent content) throws XMLStreamException {
        w.writeStartElement("choiceInteraction");
        w.writeAttribute("responseIdentifier", response);
        w.writeAttribute("shuffle", String.valueOf(!content.layout().ordered()));
        w.writeAttribute("maxChoices", "1");
        w.writeStartElement("prompt");
        languages(w, "span", content.stem());
        w.writeEndElement();
        for (int i = 0; i < content.options().size(); i++) {
            w.writeStartElement("simpleChoice");
            w.writeAttribute("identifier", String.valueOf(CHOICES.charAt(i)));
            if (content.layout().fixed().contains(i)) {
                w.writeAttribute("fixed", "true");
            }
            languages(w, "span", content.options().get(i));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void languages(XMLStreamWriter w, String element, BankText text) throws XMLStreamException {
        for (String language : List.of("kk", "ru")) {
            w.writeStartElement(element);
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
            w.writeCharacters(clean(language.equals("kk") ? text.kk() : text.ru()));
            w.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry are dropped. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    // ---- reading

    /** Reads a package already unpacked safely by {@link SafeZip}. */
    static ImportBatch read(Map<String, byte[]> files) {
        List<ImportProblem.Found> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Situation> situations = new ArrayList<>();
        Element manifest = parse(MANIFEST, files.get(MANIFEST)).getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            throw new SafeZip.Refused("itembank.import.qti-manifest", MANIFEST);
        }
        for (Element resource : descendants(manifest, "resource")) {
            String type = resource.getAttribute("type");
            if (!type.startsWith("imsqti_item_xmlv2p")) {
                continue;
            }
            String href = resource.getAttribute("href");
            byte[] file = SafeZip.unsafeName(href) ? null : files.get(href);
            if (file == null) {
                problems.add(ImportProblem.found(MANIFEST, 0, "href", "itembank.import.qti-file-missing", href));
                continue;
            }
            Map<String, String> taxa = new HashMap<>();
            for (Element path : descendants(resource, "taxonPath")) {
                Element source = first(path, "source");
                Element taxon = first(path, "taxon");
                if (source != null && taxon != null && first(taxon, "id") != null) {
                    taxa.put(source.getTextContent().strip(), first(taxon, "id").getTextContent().strip());
                }
            }
            Document item;
            try {
                item = parse(href, file);
            } catch (SafeZip.Refused refused) {
                // one broken or DOCTYPE-bearing item is one problem: the other items are still read and reported
                problems.add(ImportProblem.found(href, 0, "", refused.code, refused.argument));
                continue;
            }
            item(href, item.getDocumentElement(), taxa, questions, situations, problems);
        }
        if (problems.isEmpty() && questions.isEmpty() && situations.isEmpty()) {
            problems.add(ImportProblem.found(MANIFEST, 0, "", "itembank.import.empty"));
        }
        return new ImportBatch("qti", questions, situations, problems);
    }

    private static void item(String href, Element root, Map<String, String> taxa, List<Question> questions,
                             List<Situation> situations, List<ImportProblem.Found> problems) {
        if (!"assessmentItem".equals(root.getLocalName())) {
            problems.add(ImportProblem.found(href, 0, "", "itembank.import.qti-not-item", root.getLocalName()));
            return;
        }
        String identifier = root.getAttribute("identifier");
        boolean practice = "practice".equals(taxa.get(POOL));
        Map<String, List<String>> keys = new HashMap<>();
        for (Element declaration : descendants(root, "responseDeclaration")) {
            String response = declaration.getAttribute("identifier");
            if (!"single".equals(declaration.getAttribute("cardinality"))) {
                problems.add(ImportProblem.found(href, 0, response, "itembank.import.qti-cardinality",
                        declaration.getAttribute("cardinality")));
            }
            List<String> values = new ArrayList<>();
            for (Element value : descendants(declaration, "value")) {
                values.add(value.getTextContent().strip());
            }
            keys.put(response, values);
        }
        for (String feedback : List.of("modalFeedback", "templateDeclaration")) {
            if (!descendants(root, feedback).isEmpty()) {
                problems.add(ImportProblem.found(href, 0, feedback, "itembank.import.qti-unsupported", feedback));
            }
        }
        Element body = first(root, "itemBody");
        if (body == null) {
            problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-no-interaction"));
            return;
        }
        BodyText text = new BodyText(href, root, problems);
        text.walk(body);
        if (text.interactions.isEmpty()) {
            problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-no-interaction"));
            return;
        }
        List<Question> read = new ArrayList<>();
        for (int n = 0; n < text.interactions.size(); n++) {
            Element interaction = text.interactions.get(n);
            String response = interaction.getAttribute("responseIdentifier");
            if (!"1".equals(interaction.getAttribute("maxChoices"))) {
                problems.add(ImportProblem.found(href, 0, response, "itembank.import.qti-max-choices",
                        interaction.getAttribute("maxChoices")));
            }
            List<BankText> options = new ArrayList<>();
            List<String> choiceIds = new ArrayList<>();
            List<Integer> fixed = new ArrayList<>();
            for (Element choice : descendants(interaction, "simpleChoice")) {
                if ("true".equals(choice.getAttribute("fixed").strip())) {
                    fixed.add(choiceIds.size());
                }
                choiceIds.add(choice.getAttribute("identifier"));
                BodyText option = new BodyText(href, root, problems);
                option.walk(choice);
                options.add(option.text());
            }
            // QTI 2.1 requires shuffle; absent, it is read as QTI 2.2's default (false): the author's order is kept
            OptionLayout layout = "true".equals(interaction.getAttribute("shuffle").strip())
                    ? OptionLayout.fixedAt(fixed) : OptionLayout.ORDERED;
            List<Integer> correct = new ArrayList<>();
            for (String value : keys.getOrDefault(response, List.of())) {
                correct.add(choiceIds.indexOf(value));
            }
            read.add(new Question(identifier, taxa.get(TOPIC), text.stems.get(n), options, correct, practice, layout,
                    href, 0));
        }
        String scope = taxa.get(SCOPE);
        if (scope == null) {
            if (read.size() > 1) {
                problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-one-interaction",
                        read.size()));
            }
            questions.add(read.getFirst().withStem(text.all()));
            return;
        }
        String[] kindAndCode = scope.split(":", 2);
        situations.add(new Situation(identifier, kindAndCode[0], kindAndCode.length > 1 ? kindAndCode[1] : "",
                text.situation(), text.caseQuestions(read), practice, href, 0));
    }

    /**
     * The text of an item body in document order, per language (issue 13, point 5): a lead-in, a passage, a
     * situation and the prompt are all kept. A text's language is the nearest {@code xml:lang} around it; text with
     * none is in both languages when the item tags languages elsewhere, and in the item's one language (Kazakh when
     * it uses letters only Kazakh has, else Russian) when it tags none. Block elements start a new line. What the
     * bank cannot hold as text (images, media, other interactions, feedback, MathML) is a named problem, never
     * dropped silently.
     */
    private static final class BodyText {

        private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "blockquote", "pre", "h1",
                "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "caption", "br",
                "hr", "prompt", "simpleChoice", "rubricBlock", "address", "itemBody");
        private static final java.util.Set<String> TEXT = java.util.Set.of("span", "b", "i", "em", "strong", "small",
                "big", "sub", "sup", "tt", "code", "kbd", "samp", "var", "abbr", "acronym", "cite", "dfn", "q", "a",
                "col", "colgroup", "thead", "tbody", "tfoot", "td", "th");
        private static final java.util.regex.Pattern KAZAKH = java.util.regex.Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

        private final String href;
        private final List<ImportProblem.Found> problems;
        private final String defaultLanguage;
        private final boolean tagged;
        private StringBuilder kk = new StringBuilder();
        private StringBuilder ru = new StringBuilder();
        private final StringBuilder allKk = new StringBuilder();
        private final StringBuilder allRu = new StringBuilder();
        private BankText situation;
        private final List<BankText> stems = new ArrayList<>();
        private final List<Element> interactions = new ArrayList<>();
        private final java.util.Set<String> otherLanguages = new java.util.HashSet<>();

        BodyText(String href, Element root, List<ImportProblem.Found> problems) {
            this.href = href;
            this.problems = problems;
            this.tagged = !root.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isBlank()
                    || hasLanguageTag(root);
            this.defaultLanguage = KAZAKH.matcher(root.getTextContent()).find() ? "kk" : "ru";
        }

        private static boolean hasLanguageTag(Element root) {
            var all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                if (((Element) all.item(i)).hasAttributeNS(XMLConstants.XML_NS_URI, "lang")) {
                    return true;
                }
            }
            return false;
        }

        void walk(Element element) {
            String name = element.getLocalName();
            if ("choiceInteraction".equals(name)) {
                Element prompt = first(element, "prompt");
                if (prompt != null) {
                    walk(prompt);
                }
                stems.add(take());
                interactions.add(element);
                return;
            }
            if (name.endsWith("Interaction")) {
                problems.add(ImportProblem.found(href, 0, name, "itembank.import.qti-interaction", name));
                return;
            }
            if ("img".equals(name)) {
                problems.add(ImportProblem.found(href, 0, "img", "itembank.import.qti-image",
                        element.getAttribute("src")));
                return;
            }
            if (!BLOCKS.contains(name) && !TEXT.contains(name)) {
                problems.add(ImportProblem.found(href, 0, name, "itembank.import.qti-unsupported", name));
                return;
            }
            // a case's situation is everything up to the end of its situation block (a lead-in before it too)
            boolean isSituation = "div".equals(name) && element.getAttribute("class").contains("situation")
                    && situation == null && stems.isEmpty();
            boolean block = BLOCKS.contains(name);
            if (block) {
                newLine();
            }
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    walk(child);
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text(n);
                }
            }
            if (block) {
                newLine();
            }
            if (isSituation) {
                situation = take();
            }
        }

        private void text(Node node) {
            String value = node.getNodeValue();
            String language = language(node);
            boolean blank = value.isBlank();
            if (!blank && !language.isEmpty() && !"kk".equals(language) && !"ru".equals(language)) {
                if (otherLanguages.add(language)) {
                    problems.add(ImportProblem.found(href, 0, "xml:lang", "itembank.import.qti-language", language));
                }
                return;
            }
            if (!"ru".equals(language)) {
                append(kk, allKk, value, blank);
            }
            if (!"kk".equals(language)) {
                append(ru, allRu, value, blank);
            }
        }

        private static void append(StringBuilder part, StringBuilder all, String value, boolean blank) {
            if (blank) {
                if (!part.isEmpty() && !Character.isWhitespace(part.charAt(part.length() - 1))) {
                    part.append(' ');
                    all.append(' ');
                }
                return;
            }
            part.append(value);
            all.append(value);
        }

        /** "kk", "ru", another language, or "" for both. */
        private String language(Node node) {
            for (Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
                String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang").strip().toLowerCase(java.util.Locale.ROOT);
                if (!lang.isEmpty()) {
                    return lang.startsWith("kk") ? "kk" : lang.startsWith("ru") ? "ru" : lang;
                }
            }
            return tagged ? "" : defaultLanguage;
        }

        private void newLine() {
            for (StringBuilder b : List.of(kk, ru, allKk, allRu)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != '\n') {
                    b.append('\n');
                }
            }
        }

        /** The text gathered since the last take. */
        private BankText take() {
            BankText taken = new BankText(tidy(kk), tidy(ru));
            kk = new StringBuilder();
            ru = new StringBuilder();
            return taken;
        }

        /** The whole body in order (a question's stem). */
        BankText all() {
            return new BankText(tidy(allKk), tidy(allRu));
        }

        /** One option's text. */
        BankText text() {
            return all();
        }

        /** A case's situation: its situation block with any text before it (empty without one). */
        BankText situation() {
            return situation == null ? new BankText("", "") : situation;
        }

        /**
         * A case's questions: text between two interactions leads into the next question; text after the last one
         * closes the last question.
         */
        List<Question> caseQuestions(List<Question> read) {
            BankText trailing = take();
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < read.size(); q++) {
                BankText stem = stems.get(q);
                if (q == read.size() - 1) {
                    stem = new BankText(join(stem.kk(), trailing.kk()), join(stem.ru(), trailing.ru()));
                }
                questions.add(read.get(q).withStem(stem));
            }
            return questions;
        }

        private static String join(String a, String b) {
            return b.isEmpty() ? a : a.isEmpty() ? b : a + "\n" + b;
        }

        private static String tidy(StringBuilder text) {
            StringBuilder out = new StringBuilder();
            for (String line : text.toString().split("\n", -1)) {
                out.append(line.strip()).append('\n');
            }
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }

    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** Parses with a hardened JDK parser: a DOCTYPE is a refusal, entities and XInclude are off. */
    static Document parse(String name, byte[] xml) {
        if (xml == null) {
            throw new SafeZip.Refused("itembank.import.qti-manifest", name);
        }
        if (SafeZip.declaresDoctype(xml)) {
            throw new SafeZip.Refused("itembank.import.dtd", name);
        }
        try {
            return builder().parse(SafeZip.stream(xml));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            throw new SafeZip.Refused(message.contains("DOCTYPE") ? "itembank.import.dtd" : "itembank.import.xml-broken",
                    name);
        } catch (IOException e) {
            throw new SafeZip.Refused("itembank.import.xml-broken", name);
        }
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

}
