package kz.attest.demo;

import kz.attest.DemoData;
import kz.attest.appeal.AppealAddressee;
import kz.attest.appeal.AppealSubject;
import kz.attest.appeal.Appeals;
import kz.attest.campaign.CampaignKind;
import kz.attest.campaign.Campaigns;
import kz.attest.campaign.ExamDay;
import kz.attest.campaign.NewCampaign;
import kz.attest.itembank.BankText;
import kz.attest.itembank.CaseContent;
import kz.attest.itembank.CaseDraft;
import kz.attest.itembank.CaseScope;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemContent;
import kz.attest.itembank.ItemDraft;
import kz.attest.application.ApplicationDrafts;
import kz.attest.application.ApplicationView;
import kz.attest.application.Applications;
import kz.attest.application.Declaration;
import kz.attest.application.DraftAnswers;
import kz.attest.application.DraftView;
import kz.attest.application.HearingProposal;
import kz.attest.application.RequirementChecklist;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.decision.OutcomeView;
import kz.attest.decision.Outcomes;
import kz.attest.delivery.DemoCandidates;
import kz.attest.demo.DemoCast.Person;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.scheduling.CheckInResult;
import kz.attest.scheduling.DemoExamDays;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.signature.SignedFiles;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static kz.attest.demo.DemoCast.*;

/**
 * The demonstration story, told once on the first start with demonstration data (after the accounts, halls and the
 * question bank exist). Every step goes through the module's public service as the person who would take it, so each
 * rule, audit record and notice applies. Documented in {@code docs/demo-accounts.md}:
 * <ul>
 *   <li>the demonstration applicant: an advocate attestation that was sat today, passed, decided and signed (results
 *   sheet, decision with its QR code); a notary attestation with a proposed refusal awaiting the hearing (objection
 *   page); a bailiff attestation in draft;</li>
 *   <li>more applicants of the Almaty department, one per state: submitted, registered, under review, returned as
 *   incomplete, withdrawn, admitted (planned for a session in a week), tested and failed (decision due), passed with
 *   the decision prepared (awaiting the head's signature), failed with the decision signed, failed with the
 *   decision still due (tested), and one still at the workstation (the proctor's live
 *   console);</li>
 * </ul>
 * No application of the story stays admitted after its sitting: each finished sitting's application is tested, and
 * the officer draws its decision up (the head signs all but one).
 */
@Order(Ordered.LOWEST_PRECEDENCE)   // after the demonstration accounts, halls and question bank
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoStory implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoStory.class);

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final UserDetailsService users;
    private final Accounts accounts;
    private final ApplicationDrafts drafts;
    private final Applications applications;
    private final RequirementChecklist checklist;
    private final Catalogue catalogue;
    private final DemoExamDays examDays;
    private final DemoCandidates candidates;
    private final Outcomes outcomes;
    private final ObjectProvider<DemoCertificateAuthority> ca;
    private final Clock clock;
    private final Appeals appeals;
    private final ItemBank itemBank;
    private final Campaigns campaigns;
    private final WorkingCalendar calendar;

    @Override
    public void load() {
        if (ca.getIfAvailable() == null
                || accounts.findByLoginName(APPLICANT).isEmpty() || accounts.findByLoginName("officer").isEmpty()) {
            return;
        }
        try {
            if (as(APPLICANT, () -> !applications.mine().isEmpty() || !drafts.openDrafts().isEmpty())) {
                return;   // told on an earlier start
            }
            long started = System.nanoTime();
            tell();
            log.info("Demonstration story told in {} ms (docs/demo-accounts.md)", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("The demonstration story stopped: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void tell() {
        // the demonstration applicant: a bailiff attestation in draft, a notary attestation with a proposed refusal
        as(APPLICANT, () -> drafts.start(BAILIFF, PROVIDER));
        long notary = submit(APPLICANT, null, NOTARY);
        underReview(notary);
        as("officer", () -> applications.proposeRefusal(notary, new HearingProposal(
                "Стаж работы по юридической специальности менее требуемого / Стаж менее требуемого",
                clock.instant().plus(Duration.ofDays(5)), "г. Алматы, ул. Желтоқсан, 120, каб. 305")));

        // one applicant per state of provider processing
        submit(null, SUBMITTED, ADVOCATE);
        long registered = submit(null, REGISTERED, ADVOCATE);
        as("officer", () -> applications.register(registered));
        underReview(submit(null, UNDER_REVIEW, ADVOCATE));
        long returned = submit(null, RETURNED, ADVOCATE);
        as("officer", () -> applications.register(returned));
        as("officer", () -> applications.refuseIncomplete(returned, List.of("INTERNSHIP_CERTIFICATE")));
        long withdrawn = submit(null, WITHDRAWN, ADVOCATE);
        as(WITHDRAWN.iin(), () -> applications.withdraw(withdrawn));

        // admitted: planned for a session in a week
        long admitted = admit(submit(null, ADMITTED, ADVOCATE));
        LocalDate today = examDays.today();
        as("operator-admin", () -> examDays.plan(CENTRE, ADVOCATE, today.plusDays(7), List.of(admitted)));

        // today's sitting: the demonstration applicant passes, one fails, one passes, one is still at work
        long mine = admit(submit(APPLICANT, null, ADVOCATE));
        long failed = admit(submit(null, FAILED, ADVOCATE));
        long prepared = admit(submit(null, PREPARED, ADVOCATE));
        long tested = admit(submit(null, TESTED, ADVOCATE));
        long atWork = admit(submit(null, AT_WORK, ADVOCATE));
        UUID session = as("operator-admin", () -> examDays.plan(CENTRE, ADVOCATE, today,
                List.of(mine, failed, prepared, tested, atWork)));
        Map<Long, CheckInResult> seats = as("proctor", () -> examDays.checkInEveryone(session));
        sit(seats.get(mine), "kk", 90, true);
        sit(seats.get(failed), "ru", 40, true);
        sit(seats.get(prepared), "ru", 80, true);
        sit(seats.get(tested), "ru", 60, true);
        sit(seats.get(atWork), "kk", 50, false);

        // decisions (issue 10): drawn up by the officer; the head signs with the organisation's key
        for (long id : List.of(mine, prepared)) {
            OutcomeView outcome = as("officer", () -> outcomes.prepare(id));
            if (id == mine) {
                as("head", () -> outcomes.sign(outcome.id()));
            }
        }
        OutcomeView failedOutcome = as("officer", () -> outcomes.prepare(failed));
        as("head", () -> outcomes.sign(failedOutcome.id()));
        // the fourth candidate's decision is still due (¶25): "tested" on the officer's workplace

        chapter("complaints", () -> complaints(notary));
        chapter("question bank", this::questionBank);
        chapter("forensic centre", () -> forensicCentre(today));
        chapter("ministry", () -> submit(null, PATENT, PATENT_ATTORNEY, "ministry"));
        chapter("campaign", () -> campaign(today));
    }

    /** A part of the story that the rest does not need: its failure is logged and the story goes on. */
    private void chapter(String name, Runnable part) {
        try {
            part.run();
        } catch (RuntimeException e) {
            log.warn("Demonstration story, {}: {}", name, e.getMessage(), e);
        }
    }

    /** ¶100: complaints of the demonstration applicant about the proposed refusal, one with a file. */
    private void complaints(long notary) {
        as(APPLICANT, () -> {
            appeals.file(notary, AppealAddressee.QUALITY_CONTROL, AppealSubject.ACTION,
                    "Прошу проверить законность предварительного решения об отказе: стаж подтверждён трудовой книжкой.",
                    List.of(new Appeals.Attachment("trudovaya-knizhka.pdf", PDF)));
            appeals.file(notary, AppealAddressee.PROVIDER_HEAD, AppealSubject.ACTION,
                    "Өтініш бойынша алдын ала шешімді қайта қарауды сұраймын / Прошу пересмотреть предварительное решение.",
                    List.of());
            return null;
        });
    }

    /** Four eyes (¶14): each author has a question in the other's review queue, and drafts of their own. */
    private void questionBank() {
        String topic = catalogue.get(ADVOCATE).stages().getFirst().blueprint().orElseThrow().quotas().getFirst().topic();
        List<BankText> options = List.of(new BankText("үш жұмыс күні ішінде", "в течение трёх рабочих дней"),
                new BankText("он күнтізбелік күн ішінде", "в течение десяти календарных дней"),
                new BankText("бір ай ішінде", "в течение одного месяца"),
                new BankText("шектелмеген мерзімде", "без ограничения срока"));
        for (String author : List.of("author", "author2")) {
            as(author, () -> {
                UUID review = itemBank.createItem(new ItemDraft(topic, new ItemContent(new BankText(
                        "[DEMO] Адвокат өтінішті қандай мерзімде қарайды? (" + author + ")",
                        "[DEMO] В какой срок адвокат рассматривает обращение? (" + author + ")"), options, 0,
                        null), false), author);
                itemBank.submitItem(review, author);
                return itemBank.createItem(new ItemDraft(topic, new ItemContent(new BankText(
                        "[DEMO] Жоба: нотариус куәландыру мерзімі (" + author + ")",
                        "[DEMO] Черновик: срок нотариального удостоверения (" + author + ")"), options, 1, null),
                        false), author);
            });
        }
        as("author", () -> itemBank.createCase(new CaseDraft(CaseScope.service(ADVOCATE.value()), new CaseContent(
                new BankText("[DEMO] Жоба: азамат Б. адвокатқа сенімхатсыз жүгінді.",
                        "[DEMO] Черновик: гражданин Б. обратился к адвокату без доверенности."),
                List.of(new ItemContent(new BankText("[DEMO] Адвокат не істеуі тиіс?", "[DEMO] Как должен поступить адвокат?"),
                        options, 2, null))), false), "author"));
    }

    /**
     * The Centre of Forensic Expertise: a forensic expert attestation awaiting review, and a forensic medical
     * attestation passed today, whose commission interview is to be planned (seeds 001, 002).
     */
    private void forensicCentre(LocalDate today) {
        submit(null, EXPERT, FORENSIC_EXPERT, "cfe");
        long medical = submit(null, MEDICAL, FORENSIC_MEDICAL, "cfe");
        as("cfe-officer", () -> applications.register(medical));
        as("cfe-officer", () -> applications.confirmComplete(medical));
        as("cfe-officer", () -> {
            for (var item : checklist.checklist(medical).items()) {
                checklist.mark(medical, item.code(), true, "Проверено по документам / Құжаттар бойынша тексерілді");
            }
            return applications.admit(medical);
        });
        UUID session = as("operator-admin", () -> examDays.plan(CENTRE, FORENSIC_MEDICAL, today, List.of(medical)));
        Map<Long, CheckInResult> seats = as("proctor", () -> examDays.checkInEveryone(session));
        sit(seats.get(medical), "ru", 95, true);
    }

    /** ¶30: the Centre's regular attestation campaign of its experts, planned for six weeks ahead. */
    private void campaign(LocalDate today) {
        LocalDate exam = today.plusWeeks(6);
        while (!calendar.isWorkingDay(exam)) {
            exam = exam.plusDays(1);
        }
        LocalDate submission = exam.minusWeeks(2);
        while (!calendar.isWorkingDay(submission)) {
            submission = submission.minusDays(1);
        }
        LocalDate examDay = exam;
        LocalDate submissionDay = submission;
        as("cfe-officer", () -> {
            campaigns.create(new NewCampaign(CampaignKind.REGULAR,
                    "Аттестация судебных экспертов / Сот сарапшыларын аттестаттау", null, null,
                    List.of(new ExamDay(examDay, submissionDay)), List.of()));
            return null;
        });
    }

    /**
     * For the browser journeys: a new applicant (password {@value #PASSWORD}) admitted to a session of today and
     * checked in by the proctor; with {@code started} the candidate has begun the first stage at the workstation.
     */
    CheckInResult checkedInCandidate(Person person, boolean started) {
        try {
            long id = admit(submit(null, person, ADVOCATE));
            UUID session = as("operator-admin", () -> examDays.plan(CENTRE, ADVOCATE, examDays.today(), List.of(id)));
            CheckInResult seat = as("proctor", () -> examDays.checkInEveryone(session)).get(id);
            if (started) {
                sit(seat, "kk", 50, false);
            }
            return seat;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void sit(CheckInResult seat, String language, int percent, boolean finish) {
        candidates.sit(seat.seatId(), seat.workstationCode(), language, percent, finish);
    }

    /** A signed application of the service to the Almaty department, by the demonstration applicant or a new one. */
    private long submit(String login, Person person, ServiceCode service) {
        return submit(login, person, service, PROVIDER);
    }

    private long submit(String login, Person person, ServiceCode service, String provider) {
        String iin = login != null ? login : register(person);
        String surname = person == null ? "Ахметов" : person.surname();
        String givenName = person == null ? "Серік" : person.givenName();
        String patronymic = person == null ? null : person.patronymic();
        return as(iin, () -> {
            DraftView draft = drafts.start(service, provider);
            for (String type : catalogue.get(service).requiredDocuments()) {
                drafts.attach(draft.id(), type, type.toLowerCase(java.util.Locale.ROOT) + ".pdf", PDF);
            }
            Set<String> specialties = drafts.specialtiesFor(service).stream().limit(1)
                    .map(s -> String.valueOf(s.code())).collect(java.util.stream.Collectors.toSet());
            drafts.answer(draft.id(), new DraftAnswers(specialties, EnumSet.allOf(Declaration.class), true));
            byte[] content = drafts.contentToSign(draft.id());
            DemoCertificateAuthority.IssuedCredential key = ca.getObject().issue(
                    CertificateSubject.individual(iin, surname, givenName, patronymic), KeyPurpose.SIGNING);
            ApplicationView view = drafts.submit(draft.id(), SignedFiles.signDetached(key, content));
            return view.id();
        });
    }

    private String register(Person person) {
        String iin = person.iin();
        if (accounts.findByLoginName(iin).isEmpty()) {
            accounts.register(new ApplicantRegistration(iin, person.surname(), person.givenName(), person.patronymic(),
                    "demo-" + iin + "@example.kz", "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
        }
        return iin;
    }

    private void underReview(long id) {
        as("officer", () -> applications.register(id));
        as("officer", () -> applications.confirmComplete(id));
    }

    /** ¶5, ¶6: registered, complete, every qualification requirement checked and met, admitted. */
    private long admit(long id) {
        underReview(id);
        as("officer", () -> {
            for (var item : checklist.checklist(id).items()) {
                checklist.mark(id, item.code(), true, "Проверено по документам / Құжаттар бойынша тексерілді");
            }
            return applications.admit(id);
        });
        return id;
    }

    /** Runs the step signed in as the person. */
    private <T> T as(String login, java.util.function.Supplier<T> step) {
        UserDetails person = users.loadUserByUsername(login);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
