package kz.attest.campaign;

import kz.attest.DemoData;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A small demonstration register of the Centre's forensic experts (with the demo data only): due and not due, one
 * exempt after more than twenty years, licensed and employed. The first is the demonstration applicant, who has an
 * account and so receives the campaign's notice in the cabinet.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoExperts implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);
    static final String CENTRE = "cfe";

    private final CampaignRows rows;
    private final Clock clock;

    @Transactional
    @Override
    public void load() {
        int year = LocalDate.ofInstant(clock.instant(), kz.attest.calendar.WorkingCalendar.ZONE).getYear();
        List<NewExpert> demo = List.of(
                new NewExpert("900315300123", "Ахметов", "Серік", null, ExpertKind.LICENSED, null,
                        LocalDate.of(2012, 9, 1), LocalDate.of(year - 5, 3, 10)),
                new NewExpert("850612400159", "Жақсылықова", "Әйгерім", "Маратқызы", ExpertKind.CENTRE_EMPLOYEE, null,
                        LocalDate.of(2015, 2, 16), LocalDate.of(year - 6, 11, 20)),
                new NewExpert("780204300218", "Петренко", "Игорь", "Васильевич", ExpertKind.LICENSED, null,
                        LocalDate.of(1999, 5, 4), LocalDate.of(year - 7, 4, 1)),
                new NewExpert("920827400321", "Сәрсенбаев", "Нұрсұлтан", null, ExpertKind.CENTRE_EMPLOYEE, null,
                        LocalDate.of(2019, 8, 1), LocalDate.of(year - 2, 6, 15)));
        int added = 0;
        for (NewExpert expert : demo) {
            if (kz.attest.identity.Iin.check(expert.iin(), null).valid() && !rows.expertExists(expert.iin())) {
                rows.insertExpert(CENTRE, expert, clock.instant());
                added++;
            }
        }
        if (added > 0) {
            log.info("Added {} demonstration forensic experts to the register of the Centre", added);
        }
    }
}
