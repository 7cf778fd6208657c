package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Item statistics for question authors: a filtered report page and its XLSX export. */
@Controller
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatisticsPageController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ItemStatistics statistics;
    private final Catalogue catalogue;
    private final MessageSource messages;

    @GetMapping("/itembank/statistics")
    String page(@RequestParam(required = false) String service, @RequestParam(required = false) String topic,
                Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<QuestionStatistics> rows = report(service, topic);
        model.addAttribute("rows", rows);
        model.addAttribute("services", catalogue.all());
        model.addAttribute("topics", catalogue.topics());
        model.addAttribute("topicNames", catalogue.topicNames(locale));
        model.addAttribute("service", blankToEmpty(service));
        model.addAttribute("topic", blankToEmpty(topic));
        model.addAttribute("thresholds", statistics.thresholds());
        return "itembank/statistics";
    }

    @GetMapping("/itembank/statistics.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String service,
                                    @RequestParam(required = false) String topic) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> topicNames = catalogue.topicNames(locale);
        List<String> headings = List.of("question", "case-question", "topic", "shown", "facility", "discrimination",
                "omitted", "flags").stream().map(k -> message("itembank.statistics.column." + k, locale)).toList();
        String caseText = message("itembank.statistics.case", locale);
        byte[] xlsx = StatisticsWorkbook.write(report(service, topic), headings,
                n -> messages.getMessage("itembank.statistics.column.option", new Object[]{n}, locale),
                s -> s.topic().map(t -> topicNames.getOrDefault(t, t)).orElse(caseText),
                s -> s.flags().stream().map(f -> message("itembank.statistics.flag." + f, locale))
                        .collect(Collectors.joining("; ")));
        return Downloads.attachment(XLSX, "item-statistics.xlsx").body(xlsx);
    }

    private List<QuestionStatistics> report(String service, String topic) {
        return statistics.report(given(service), given(topic));
    }

    static Optional<String> given(String parameter) {
        return Optional.ofNullable(parameter).map(String::strip).filter(p -> !p.isEmpty());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
