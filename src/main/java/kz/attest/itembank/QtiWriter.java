package kz.attest.itembank;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes IMS QTI 2.1 content packages: the manifest with LOM classification and one item per question or case. */
final class QtiWriter {

    private QtiWriter() {
    }

    /** A zip of the given approved questions and cases. */
    static byte[] write(List<Item> items, List<BankCase> cases) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(QtiPackage.MANIFEST));
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
            w.writeDefaultNamespace(QtiPackage.CP);
            w.writeAttribute("identifier", "attest-kz-" + UUID.randomUUID());
            w.writeStartElement("metadata");
            element(w, "schema", "QTIv2.1 Package");
            element(w, "schemaversion", "1.0.0");
            w.writeEndElement();
            w.writeEmptyElement("organizations");
            w.writeStartElement("resources");
            for (Item item : items) {
                resource(w, "item-" + item.id(), Map.of(QtiPackage.TOPIC, item.topic(), QtiPackage.POOL, pool(item.practice())));
            }
            for (BankCase c : cases) {
                resource(w, "case-" + c.id(), Map.of(QtiPackage.SCOPE, c.scope().kind() + ":" + c.scope().code(),
                        QtiPackage.POOL, pool(c.practice())));
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
        w.writeAttribute("type", QtiPackage.ITEM_TYPE);
        w.writeAttribute("href", href);
        w.writeStartElement("metadata");
        w.writeStartElement("lom");
        w.writeDefaultNamespace(QtiPackage.LOM);
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
        w.writeDefaultNamespace(QtiPackage.QTI);
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
        element(w, "value", String.valueOf(QtiPackage.CHOICES.charAt(content.correctOption())));
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
            w.writeAttribute("identifier", String.valueOf(QtiPackage.CHOICES.charAt(i)));
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
}
