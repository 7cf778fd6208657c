package kz.attest.identity;

import kz.attest.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisations are data, and staff see only their own organisation's work. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationsTests {

    @Autowired
    Organisations organisations;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AccountUserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twentyJusticeDepartmentsOneForEachRegionAndCity() {
        List<Organisation> departments = organisations.byKind(OrganisationKind.JUSTICE_DEPARTMENT);
        assertThat(departments).hasSize(20);
        assertThat(departments).extracting(Organisation::regionCode).doesNotHaveDuplicates()
                .contains("KZ-10", "KZ-33", "KZ-62", "KZ-71", "KZ-75", "KZ-79");
        assertThat(departments).allSatisfy(d -> assertThat(List.of(d.nameKk(), d.nameRu(), d.nameEn()))
                .doesNotHaveDuplicates());
    }

    @Test
    void theTestCentresBelongToTheTestingOperator() {
        assertThat(organisations.byKind(OrganisationKind.TEST_CENTRE)).isNotEmpty()
                .allSatisfy(centre -> assertThat(centre.parentId()).isEqualTo("operator"));
        assertThat(organisations.childrenOf("operator")).hasSameSizeAs(organisations.byKind(OrganisationKind.TEST_CENTRE));
        assertThat(organisations.find("cfe")).map(o -> o.name(Locale.forLanguageTag("kk")))
                .hasValueSatisfying(name -> assertThat(name).contains("Сот сараптамалары орталығы"));
    }

    @Test
    void staffBelongOnlyToTheirOwnOrganisation() {
        signInAs("officer");
        assertThat(currentUser.isMemberOf("dj-almaty")).isTrue();
        assertThat(currentUser.isMemberOf("dj-astana")).isFalse();
        assertThatThrownBy(() -> currentUser.requireMemberOf("dj-astana"))
                .isInstanceOf(Refusal.class).hasMessage("identity.not-your-organisation");
    }

    @Test
    void theTestingOperatorOverseesItsTestCentres() {
        signInAs("operator-admin");
        assertThat(currentUser.isMemberOf("tc-almaty")).isTrue();
        assertThat(currentUser.isMemberOf("dj-almaty")).isFalse();
    }

    @Test
    void applicantsBelongToNoOrganisation() {
        signInAs(DemoAccounts.APPLICANT_IIN);
        assertThat(currentUser.require().iin()).isEqualTo(DemoAccounts.APPLICANT_IIN);
        assertThat(currentUser.isMemberOf("dj-almaty")).isFalse();
    }

    private void signInAs(String login) {
        var principal = userDetails.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
