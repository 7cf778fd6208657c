package kz.attest.itembank;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds import files for tests: workbooks in the template's layout, zips with chosen entries. */
final class ImportFiles {

    static final List<String> ITEM_HEADER = header(false);
    static final List<String> CASE_HEADER = header(true);

    private ImportFiles() {
    }

    static String fresh() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static List<String> header(boolean cases) {
        List<String> header = new ArrayList<>(cases
                ? List.of("case_id", "scope_kind", "scope_code", "situation_kk", "situation_ru", "practice", "stem_kk", "stem_ru")
                : List.of("id", "topic", "stem_kk", "stem_ru"));
        for (int i = 1; i <= 8; i++) {
            header.add("option" + i + "_kk");
            header.add("option" + i + "_ru");
        }
        header.add("correct");
        if (!cases) {
            header.add("practice");
        }
        return header;
    }

    /** A question row: id, topic, stems, {@code options} complete options, correct column, practice column. */
    static List<String> item(String id, String topic, int options, String correct, String practice) {
        List<String> row = new ArrayList<>(List.of(id, topic, id + " сұрақ?", id + " вопрос?"));
        for (int i = 1; i <= 8; i++) {
            row.add(i <= options ? id + " жауап " + i : "");
            row.add(i <= options ? id + " ответ " + i : "");
        }
        row.add(correct);
        row.add(practice);
        return row;
    }

    /** A case question row; the case's columns are filled only when {@code first}. */
    static List<String> caseRow(String caseId, String kind, String code, boolean first, int q, int options) {
        List<String> row = new ArrayList<>(List.of(caseId, first ? kind : "", first ? code : "",
                first ? caseId + " жағдай" : "", first ? caseId + " ситуация" : "", "",
                caseId + " сұрақ " + q, caseId + " вопрос " + q));
        for (int i = 1; i <= 8; i++) {
            row.add(i <= options ? "жауап " + q + "." + i : "");
            row.add(i <= options ? "ответ " + q + "." + i : "");
        }
        row.add(Integer.toString(1 + q % options));
        return row;
    }

    static byte[] workbook(List<List<String>> items, List<List<String>> cases) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Items"), ITEM_HEADER, items);
            if (!cases.isEmpty()) {
                fill(workbook.createSheet("Cases"), CASE_HEADER, cases);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fill(Sheet sheet, List<String> header, List<List<String>> rows) {
        write(sheet.createRow(0), header);
        for (int r = 0; r < rows.size(); r++) {
            write(sheet.createRow(r + 1), rows.get(r));
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip with one entry added or replaced. */
    static byte[] with(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return zip(entries);
    }

    /** The zip with one entry's text changed. */
    static byte[] replace(byte[] zip, String name, String from, String to) {
        Map<String, byte[]> entries = entries(zip);
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " not in " + name);
        }
        entries.put(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] zeros(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
