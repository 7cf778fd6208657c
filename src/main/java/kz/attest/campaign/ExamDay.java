package kz.attest.campaign;

import java.time.LocalDate;

/** An exam day of a campaign and the day the experts sitting then submit their documents (seed 001's schedule). */
public record ExamDay(LocalDate examDate, LocalDate submissionDate) {
}
