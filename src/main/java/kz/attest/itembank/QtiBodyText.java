package kz.attest.itembank;

import kz.attest.itembank.ImportBatch.Question;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an item body in document order, per language (issue 13, point 5): a lead-in, a passage, a
 * situation and the prompt are all kept. A text's language is the nearest {@code xml:lang} around it; text with
 * none is in both languages when the item tags languages elsewhere, and in the item's one language (Kazakh when
 * it uses letters only Kazakh has, else Russian) when it tags none. Block elements start a new line. What the
 * bank cannot hold as text (images, media, other interactions, feedback, MathML) is a named problem, never
 * dropped silently.
 */
final class QtiBodyText {

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
    final List<BankText> stems = new ArrayList<>();
    final List<Element> interactions = new ArrayList<>();
    private final java.util.Set<String> otherLanguages = new java.util.HashSet<>();

    QtiBodyText(String href, Element root, List<ImportProblem.Found> problems) {
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
            Element prompt = QtiPackage.first(element, "prompt");
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
