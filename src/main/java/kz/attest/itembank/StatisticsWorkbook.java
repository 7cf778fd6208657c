package kz.attest.itembank;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The item statistics report as an XLSX workbook: one sheet, one row per question, headings in the reader's language. */
final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    /**
     * @param headings the localized column headings before the option columns: question, case question, topic,
     *                 shown, facility, discrimination, omitted, flags; then {@code optionHeading} per option number
     */
    static byte[] write(List<QuestionStatistics> rows, List<String> headings, Function<Integer, String> optionHeading,
                        Function<QuestionStatistics, String> topicName, Function<QuestionStatistics, String> flagText) {
        int options = rows.stream().mapToInt(r -> r.optionCounts().size()).max().orElse(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("statistics");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle ratio = workbook.createCellStyle();
            ratio.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            List<String> all = new ArrayList<>(headings);
            for (int o = 0; o < options; o++) {
                all.add(optionHeading.apply(o + 1));
            }
            Row head = sheet.createRow(0);
            for (int c = 0; c < all.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(all.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (QuestionStatistics s : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.questionId().toString());
                if (s.caseQuestion().isPresent()) {
                    row.createCell(1).setCellValue(s.caseQuestion().get() + 1);
                }
                row.createCell(2).setCellValue(topicName.apply(s));
                row.createCell(3).setCellValue(s.shown());
                Cell facility = row.createCell(4);
                facility.setCellValue(s.facility());
                facility.setCellStyle(ratio);
                if (s.discrimination().isPresent()) {
                    Cell discrimination = row.createCell(5);
                    discrimination.setCellValue(s.discrimination().get());
                    discrimination.setCellStyle(ratio);
                }
                row.createCell(6).setCellValue(s.omitted());
                row.createCell(7).setCellValue(flagText.apply(s));
                for (int o = 0; o < s.optionCounts().size(); o++) {
                    row.createCell(headings.size() + o).setCellValue(s.optionCounts().get(o));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < all.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 38 * 256 : (c == 2 || c == 7 ? 30 * 256 : 14 * 256));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
