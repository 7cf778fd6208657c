package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Topic;
import kz.attest.itembank.ImportBatch.Question;
import kz.attest.itembank.ImportBatch.Situation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The XLSX import template (documented in {@code docs/itembank-import.md}) and its reader.
 * <p>
 * Sheet {@value #ITEMS}: one question per row — {@code id, topic, stem_kk, stem_ru, option1_kk, option1_ru, …,
 * option8_kk, option8_ru, correct, practice}. Sheet {@value #CASES}: one case question per row, rows of one case share
 * {@code case_id} — {@code case_id, scope_kind, scope_code, situation_kk, situation_ru, practice, stem_kk, stem_ru,
 * option1_kk … option8_ru, correct}; the case's scope, situation and flag are read from its first row (later rows
 * leave them blank or repeat them). Columns are found by their header in row 1, in any order.
 */
final class XlsxWorkbook {

    static final String ITEMS = "Items";
    static final String CASES = "Cases";
    static final String TOPICS = "Topics";
    static final String SCOPES = "Scopes";
    static final int OPTIONS = ItemContent.MAX_OPTIONS;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> ITEM_REQUIRED = List.of("id", "topic", "stem_kk", "stem_ru", "correct");
    private static final List<String> CASE_REQUIRED = List.of("case_id", "scope_kind", "scope_code", "situation_kk",
            "situation_ru", "stem_kk", "stem_ru", "correct");

    private XlsxWorkbook() {
    }

    // ---- reading

    /**
     * Reads a workbook already unpacked safely by {@link SafeZip}; refuses macros and document type declarations
     * before POI sees a byte.
     */
    static ImportBatch read(byte[] bytes, Map<String, byte[]> parts) {
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null || !parts.containsKey("xl/workbook.xml")) {
            throw new SafeZip.Refused("itembank.import.not-xlsx", "");
        }
        String contentTypes = new String(types, StandardCharsets.UTF_8);
        boolean vba = parts.keySet().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        if (vba || contentTypes.contains("macroEnabled") || contentTypes.contains("vbaProject")) {
            throw new SafeZip.Refused("itembank.import.macro", "");
        }
        parts.forEach((name, part) -> {
            if ((name.endsWith(".xml") || name.endsWith(".rels")) && SafeZip.declaresDoctype(part)) {
                throw new SafeZip.Refused("itembank.import.dtd", name);
            }
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(SafeZip.stream(bytes))) {
            List<ImportProblem.Found> problems = new ArrayList<>();
            Sheet items = workbook.getSheet(ITEMS);
            Sheet cases = workbook.getSheet(CASES);
            if (items == null && cases == null) {
                problems.add(ImportProblem.found(ITEMS, 0, "", "itembank.import.no-sheets", ITEMS, CASES));
            }
            List<Question> questions = items == null ? List.of() : questions(items, problems);
            List<Situation> situations = cases == null ? List.of() : situations(cases, problems);
            if (problems.isEmpty() && questions.isEmpty() && situations.isEmpty()) {
                problems.add(ImportProblem.found(ITEMS, 0, "", "itembank.import.empty"));
            }
            return new ImportBatch("xlsx", questions, situations, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SafeZip.Refused refused) {
                throw refused;
            }
            throw new SafeZip.Refused("itembank.import.unreadable", "");
        }
    }

    private static List<Question> questions(Sheet sheet, List<ImportProblem.Found> problems) {
        Columns columns = Columns.of(sheet, ITEM_REQUIRED, problems);
        List<Question> questions = new ArrayList<>();
        if (columns == null) {
            return questions;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (columns.blank(row)) {
                continue;
            }
            questions.add(question(columns, row, columns.text(row, "id"), columns.text(row, "topic"),
                    flag(columns, row, problems), problems));
        }
        return questions;
    }

    private static List<Situation> situations(Sheet sheet, List<ImportProblem.Found> problems) {
        Columns columns = Columns.of(sheet, CASE_REQUIRED, problems);
        if (columns == null) {
            return List.of();
        }
        Map<String, Situation> byId = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (columns.blank(row)) {
                continue;
            }
            String id = columns.text(row, "case_id");
            String slot = id.isBlank() ? "\u0000row" + r : id.strip();
            boolean practice = flag(columns, row, problems);
            Situation first = byId.get(slot);
            if (first == null) {
                first = new Situation(id, columns.text(row, "scope_kind"), columns.text(row, "scope_code"),
                        new BankText(columns.text(row, "situation_kk"), columns.text(row, "situation_ru")),
                        new ArrayList<>(), practice, sheet.getSheetName(), r + 1);
                byId.put(slot, first);
            } else {
                for (String field : List.of("scope_kind", "scope_code", "situation_kk", "situation_ru")) {
                    String value = columns.text(row, field);
                    String expected = switch (field) {
                        case "scope_kind" -> first.scopeKind();
                        case "scope_code" -> first.scopeCode();
                        case "situation_kk" -> first.situation().kk();
                        default -> first.situation().ru();
                    };
                    if (!value.isBlank() && !value.strip().equals(expected.strip())) {
                        problems.add(ImportProblem.found(sheet.getSheetName(), r + 1, field,
                                "itembank.import.case-conflict", id, first.row()));
                    }
                }
            }
            first.questions().add(question(columns, row, null, null, first.practice(), problems));
        }
        return List.copyOf(byId.values());
    }

    private static Question question(Columns columns, Row row, String id, String topic, boolean practice,
                                     List<ImportProblem.Found> problems) {
        int rowNumber = row.getRowNum() + 1;
        String sheet = row.getSheet().getSheetName();
        List<BankText> options = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= OPTIONS; i++) {
            if (!columns.text(row, "option" + i + "_kk").isBlank() || !columns.text(row, "option" + i + "_ru").isBlank()) {
                last = i;
            }
        }
        for (int i = 1; i <= last; i++) {
            options.add(new BankText(columns.text(row, "option" + i + "_kk"), columns.text(row, "option" + i + "_ru")));
        }
        List<Integer> correct = new ArrayList<>();
        String marked = columns.text(row, "correct").strip();
        if (!marked.isEmpty()) {
            for (String part : marked.split("[,;\\s]+")) {
                try {
                    correct.add(Integer.parseInt(part.endsWith(".0") ? part.substring(0, part.length() - 2) : part) - 1);
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.found(sheet, rowNumber, "correct", "itembank.import.not-a-number", part));
                    correct.add(-1);
                }
            }
        }
        return new Question(id, topic == null ? null : topic.strip(),
                new BankText(columns.text(row, "stem_kk"), columns.text(row, "stem_ru")), options, correct,
                practice, sheet, rowNumber);
    }

    private static boolean flag(Columns columns, Row row, List<ImportProblem.Found> problems) {
        String value = columns.text(row, "practice").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "0", "no", "false", "жоқ", "нет" -> false;
            case "1", "yes", "true", "иә", "да" -> true;
            default -> {
                problems.add(ImportProblem.found(row.getSheet().getSheetName(), row.getRowNum() + 1, "practice",
                        "itembank.import.not-a-flag", value));
                yield false;
            }
        };
    }

    /** Header positions of one sheet. */
    private record Columns(Map<String, Integer> index, DataFormatter format) {

        static Columns of(Sheet sheet, List<String> required, List<ImportProblem.Found> problems) {
            Map<String, Integer> index = new HashMap<>();
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(0);
            if (header != null) {
                for (Cell cell : header) {
                    String name = format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT);
                    if (!name.isEmpty()) {
                        index.putIfAbsent(name, cell.getColumnIndex());
                    }
                }
            }
            boolean complete = true;
            for (String column : required) {
                if (!index.containsKey(column)) {
                    problems.add(ImportProblem.found(sheet.getSheetName(), 1, column, "itembank.import.column-missing",
                            column));
                    complete = false;
                }
            }
            return complete ? new Columns(index, format) : null;
        }

        String text(Row row, String column) {
            Integer at = index.get(column);
            if (row == null || at == null) {
                return "";
            }
            Cell cell = row.getCell(at);
            return cell == null ? "" : format.formatCellValue(cell);
        }

        boolean blank(Row row) {
            if (row == null) {
                return true;
            }
            for (Integer at : index.values()) {
                Cell cell = row.getCell(at);
                if (cell != null && !format.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- template

    /** The template: header rows of both sheets, one example of each, and the codes the catalogue knows. */
    static byte[] template(Catalogue catalogue, BankRules rules, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> itemHeader = new ArrayList<>(List.of("id", "topic", "stem_kk", "stem_ru"));
            List<String> caseHeader = new ArrayList<>(List.of("case_id", "scope_kind", "scope_code", "situation_kk",
                    "situation_ru", "practice", "stem_kk", "stem_ru"));
            for (int i = 1; i <= OPTIONS; i++) {
                itemHeader.add("option" + i + "_kk");
                itemHeader.add("option" + i + "_ru");
                caseHeader.add("option" + i + "_kk");
                caseHeader.add("option" + i + "_ru");
            }
            itemHeader.addAll(List.of("correct", "practice"));
            caseHeader.add("correct");

            Sheet items = workbook.createSheet(ITEMS);
            row(items, 0, itemHeader);
            Topic example = catalogue.topics().getFirst();
            row(items, 1, List.of("EXAMPLE-1", example.code(), "Мысал сұрақ?", "Пример вопроса?",
                    "Бірінші жауап", "Первый ответ", "Екінші жауап", "Второй ответ", "Үшінші жауап", "Третий ответ",
                    "", "", "", "", "", "", "", "", "", "", "", "", "2", "no"));

            Sheet cases = workbook.createSheet(CASES);
            row(cases, 0, caseHeader);

            Sheet topics = workbook.createSheet(TOPICS);
            row(topics, 0, List.of("topic", "name_kk", "name_ru", "name_en", "minimum_options"));
            int r = 1;
            for (Topic topic : catalogue.topics()) {
                row(topics, r++, List.of(topic.code(), topic.name().in(Locale.forLanguageTag("kk")),
                        topic.name().in(Locale.forLanguageTag("ru")), topic.name().in(Locale.ENGLISH),
                        Integer.toString(rules.minimumOptions(topic.code()))));
            }

            Sheet scopes = workbook.createSheet(SCOPES);
            row(scopes, 0, List.of("scope_kind", "scope_code", "name", "questions_per_case", "minimum_options"));
            r = 1;
            for (ServiceDefinition service : catalogue.all()) {
                r = scope(scopes, r, CaseScope.service(service.code().value()), service.name().in(locale), rules);
            }
            for (ExpertSpecialty specialty : catalogue.specialties()) {
                r = scope(scopes, r, CaseScope.specialty(specialty.code()), specialty.name().in(locale), rules);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int scope(Sheet sheet, int r, CaseScope scope, String name, BankRules rules) {
        try {
            BankRules.CaseRule rule = rules.caseRule(scope);
            row(sheet, r, List.of(scope.kind().name(), scope.code(), name, Integer.toString(rule.questionsPerCase()),
                    Integer.toString(rule.minimumOptions())));
            return r + 1;
        } catch (ItemBankRefusal noCases) {
            return r;
        }
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
