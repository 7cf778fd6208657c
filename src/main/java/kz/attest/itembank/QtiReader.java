package kz.attest.itembank;

import kz.attest.itembank.ImportBatch.Question;
import kz.attest.itembank.ImportBatch.Situation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads IMS QTI 2.1 content packages into an import batch: each item becomes a question or a case, or named problems. */
final class QtiReader {

    private QtiReader() {
    }

    /** Reads a package already unpacked safely by {@link SafeZip}. */
    static ImportBatch read(Map<String, byte[]> files) {
        List<ImportProblem.Found> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Situation> situations = new ArrayList<>();
        Element manifest = QtiPackage.parse(QtiPackage.MANIFEST, files.get(QtiPackage.MANIFEST)).getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            throw new SafeZip.Refused("itembank.import.qti-manifest", QtiPackage.MANIFEST);
        }
        for (Element resource : QtiPackage.descendants(manifest, "resource")) {
            String type = resource.getAttribute("type");
            if (!type.startsWith("imsqti_item_xmlv2p")) {
                continue;
            }
            String href = resource.getAttribute("href");
            byte[] file = SafeZip.unsafeName(href) ? null : files.get(href);
            if (file == null) {
                problems.add(ImportProblem.found(QtiPackage.MANIFEST, 0, "href", "itembank.import.qti-file-missing", href));
                continue;
            }
            Map<String, String> taxa = new HashMap<>();
            for (Element path : QtiPackage.descendants(resource, "taxonPath")) {
                Element source = QtiPackage.first(path, "source");
                Element taxon = QtiPackage.first(path, "taxon");
                if (source != null && taxon != null && QtiPackage.first(taxon, "id") != null) {
                    taxa.put(source.getTextContent().strip(), QtiPackage.first(taxon, "id").getTextContent().strip());
                }
            }
            Document item;
            try {
                item = QtiPackage.parse(href, file);
            } catch (SafeZip.Refused refused) {
                // one broken or DOCTYPE-bearing item is one problem: the other items are still read and reported
                problems.add(ImportProblem.found(href, 0, "", refused.code, refused.argument));
                continue;
            }
            item(href, item.getDocumentElement(), taxa, questions, situations, problems);
        }
        if (problems.isEmpty() && questions.isEmpty() && situations.isEmpty()) {
            problems.add(ImportProblem.found(QtiPackage.MANIFEST, 0, "", "itembank.import.empty"));
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
        boolean practice = "practice".equals(taxa.get(QtiPackage.POOL));
        Map<String, List<String>> keys = new HashMap<>();
        for (Element declaration : QtiPackage.descendants(root, "responseDeclaration")) {
            String response = declaration.getAttribute("identifier");
            if (!"single".equals(declaration.getAttribute("cardinality"))) {
                problems.add(ImportProblem.found(href, 0, response, "itembank.import.qti-cardinality",
                        declaration.getAttribute("cardinality")));
            }
            List<String> values = new ArrayList<>();
            for (Element value : QtiPackage.descendants(declaration, "value")) {
                values.add(value.getTextContent().strip());
            }
            keys.put(response, values);
        }
        for (String feedback : List.of("modalFeedback", "templateDeclaration")) {
            if (!QtiPackage.descendants(root, feedback).isEmpty()) {
                problems.add(ImportProblem.found(href, 0, feedback, "itembank.import.qti-unsupported", feedback));
            }
        }
        Element body = QtiPackage.first(root, "itemBody");
        if (body == null) {
            problems.add(ImportProblem.found(href, 0, "choiceInteraction", "itembank.import.qti-no-interaction"));
            return;
        }
        QtiBodyText text = new QtiBodyText(href, root, problems);
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
            for (Element choice : QtiPackage.descendants(interaction, "simpleChoice")) {
                if ("true".equals(choice.getAttribute("fixed").strip())) {
                    fixed.add(choiceIds.size());
                }
                choiceIds.add(choice.getAttribute("identifier"));
                QtiBodyText option = new QtiBodyText(href, root, problems);
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
            read.add(new Question(identifier, taxa.get(QtiPackage.TOPIC), text.stems.get(n), options, correct, practice, layout,
                    href, 0));
        }
        String scope = taxa.get(QtiPackage.SCOPE);
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
}
