package kz.attest.itembank;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    static final String CHOICES = "ABCDEFGH";

    private QtiPackage() {
    }

    /** A zip of the given approved questions and cases. */
    static byte[] write(List<Item> items, List<BankCase> cases) {
        return QtiWriter.write(items, cases);
    }

    /** Reads a package already unpacked safely by {@link SafeZip}. */
    static ImportBatch read(Map<String, byte[]> files) {
        return QtiReader.read(files);
    }

    static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> descendants(Element root, String localName) {
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
