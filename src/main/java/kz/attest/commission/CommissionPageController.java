package kz.attest.commission;

import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static kz.attest.commission.CommissionApiController.STAFF;

/** The commission's pages (members, interviews, one interview) and the candidate's interviews in the cabinet. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommissionPageController {

    private final Commissions commissions;
    private final InterviewQueries interviews;
    private final InterviewPlanning planning;
    private final InterviewVoting voting;
    private final ProtocolSigning protocols;
    private final CurrentUser currentUser;

    @GetMapping("/commission")
    @PreAuthorize(STAFF)
    String mine() {
        SignedInUser user = currentUser.require();
        return "redirect:/commission/" + user.organisationId();
    }

    @GetMapping("/commission/{organisation}")
    @PreAuthorize(STAFF)
    String commission(@PathVariable String organisation, Model model) {
        SignedInUser user = currentUser.requireMemberOf(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("commission", commissions.of(organisation).orElse(null));
        model.addAttribute("manages", commissions.manages(user, organisation));
        model.addAttribute("interviews", interviews.ofOrganisation(organisation));
        model.addAttribute("roles", MemberRole.values());
        return "commission/commission";
    }

    @PostMapping("/commission/{organisation}")
    @PreAuthorize(STAFF)
    String form(@PathVariable String organisation, @RequestParam(required = false) String name) {
        commissions.form(organisation, name);
        return "redirect:/commission/" + organisation;
    }

    @PostMapping("/commission/{organisation}/members")
    @PreAuthorize(STAFF)
    String putMember(@PathVariable String organisation, @RequestParam(required = false) String login,
                     @RequestParam(required = false) String role) {
        commissions.putMember(organisation, login, role);
        return "redirect:/commission/" + organisation;
    }

    @PostMapping("/commission/{organisation}/members/{login}/remove")
    @PreAuthorize(STAFF)
    String removeMember(@PathVariable String organisation, @PathVariable String login) {
        commissions.removeMember(organisation, login);
        return "redirect:/commission/" + organisation;
    }

    @GetMapping("/commission/interviews/{id}")
    @PreAuthorize(STAFF)
    String interview(@PathVariable long id, Model model) {
        InterviewView interview = interviews.get(id);
        SignedInUser user = currentUser.require();
        model.addAttribute("interview", interview);
        model.addAttribute("myRole", commissions.roleOf(interview.organisationId(), user.accountId()).orElse(null));
        return "commission/interview";
    }

    @PostMapping("/commission/interviews/{id}/slot")
    @PreAuthorize(STAFF)
    String plan(@PathVariable long id, @RequestParam(required = false) String date,
                @RequestParam(required = false) String time, @RequestParam(required = false) String room,
                @RequestParam(required = false) String link) {
        planning.plan(id, CommissionApiController.date(date), CommissionApiController.time(time), room, link);
        return "redirect:/commission/interviews/" + id;
    }

    @PostMapping("/commission/interviews/{id}/questions")
    @PreAuthorize(STAFF)
    String ask(@PathVariable long id, @RequestParam(required = false) String specialty,
               @RequestParam(required = false) String text) {
        voting.ask(id, specialty, text);
        return "redirect:/commission/interviews/" + id;
    }

    @PostMapping("/commission/interviews/{id}/vote")
    @PreAuthorize(STAFF)
    String vote(@PathVariable long id, @RequestParam(required = false) Boolean passed) {
        voting.vote(id, passed);
        return "redirect:/commission/interviews/" + id;
    }

    @PostMapping("/commission/interviews/{id}/protocol")
    @PreAuthorize(STAFF)
    String prepare(@PathVariable long id) {
        protocols.prepareProtocol(id);
        return "redirect:/commission/interviews/" + id;
    }

    @GetMapping("/cabinet/interviews")
    @PreAuthorize("hasRole('APPLICANT')")
    String cabinet(Model model) {
        model.addAttribute("interviews", interviews.mine());
        return "commission/cabinet";
    }
}
