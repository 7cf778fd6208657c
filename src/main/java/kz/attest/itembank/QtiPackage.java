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
        w.writeAttribute("shuffle", "true");
        w.writeAttribute("maxChoices", "1");
        w.writeStartElement("prompt");
        languages(w, "span", content.stem());
        w.writeEndElement();
        for (int i = 0; i < content.options().size(); i++) {
            w.writeStartElement("simpleChoice");
            w.writeAttribute("identifier", String.valueOf(CHOICES.charAt(i)));
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
            item(href, parse(href, file).getDocumentElement(), taxa, questions, situations, problems);
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
        List<Question> read = new ArrayList<>();
        List<Element> interactions = descendants(root, "choiceInteraction");
        if (interactions.isEmpty()) {
            problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-no-interaction"));
            return;
        }
        for (Element interaction : interactions) {
            String response = interaction.getAttribute("responseIdentifier");
            if (!"1".equals(interaction.getAttribute("maxChoices"))) {
                problems.add(ImportProblem.found(href, 0, response, "itembank.import.qti-max-choices",
                        interaction.getAttribute("maxChoices")));
            }
            Element prompt = first(interaction, "prompt");
            BankText stem = prompt == null ? new BankText("", "") : languages(prompt);
            List<BankText> options = new ArrayList<>();
            List<String> choiceIds = new ArrayList<>();
            for (Element choice : descendants(interaction, "simpleChoice")) {
                choiceIds.add(choice.getAttribute("identifier"));
                options.add(languages(choice));
            }
            List<Integer> correct = new ArrayList<>();
            for (String value : keys.getOrDefault(response, List.of())) {
                correct.add(choiceIds.indexOf(value));
            }
            read.add(new Question(identifier, taxa.get(TOPIC), stem, options, correct, practice, href, 0));
        }
        String scope = taxa.get(SCOPE);
        if (scope == null) {
            if (read.size() > 1) {
                problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-one-interaction",
                        read.size()));
            }
            questions.add(read.getFirst());
            return;
        }
        Element situation = descendants(root, "div").stream()
                .filter(d -> d.getAttribute("class").contains("situation")).findFirst().orElse(null);
        String[] kindAndCode = scope.split(":", 2);
        situations.add(new Situation(identifier, kindAndCode[0], kindAndCode.length > 1 ? kindAndCode[1] : "",
                situation == null ? new BankText("", "") : languages(situation), read, practice, href, 0));
    }

    /** The Kazakh and Russian texts of the child elements tagged with {@code xml:lang}. */
    private static BankText languages(Element parent) {
        StringBuilder kk = new StringBuilder();
        StringBuilder ru = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String lang = e.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                if (lang.startsWith("kk")) {
                    kk.append(e.getTextContent());
                } else if (lang.startsWith("ru")) {
                    ru.append(e.getTextContent());
                }
            }
        }
        return new BankText(kk.toString(), ru.toString());
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
