package kz.attest.catalogue;

/**
 * One row of a service's deadline table: the step must happen within {@code term} after {@code anchor}, or — when
 * {@code direction} is {@code BEFORE} — at least {@code term} before it. {@code variant} separates licence issue from
 * re-issue where their terms differ.
 */
public record DeadlineRule(DeadlineStep step, Term term, DeadlineAnchor anchor, Direction direction, Variant variant) {

    public DeadlineRule {
        direction = direction == null ? Direction.AFTER : direction;
        variant = variant == null ? Variant.ANY : variant;
    }

    /** Within the term after the anchor, or at least the term before it. */
    public enum Direction { AFTER, BEFORE }

    /** Which procedure of a licence a row applies to. */
    public enum Variant { ANY, ISSUE, REISSUE }

    boolean appliesTo(Variant wanted) {
        return variant == Variant.ANY || variant == wanted;
    }
}
