package kz.attest.application;

import java.util.Set;

/** The applicant's answers on the application form: expert specialties (appendix 6), declarations and consent (appendix 7). */
public record DraftAnswers(Set<String> specialties, Set<Declaration> declarations, boolean consent) {

    public DraftAnswers {
        specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
        declarations = declarations == null ? Set.of() : Set.copyOf(declarations);
    }
}
