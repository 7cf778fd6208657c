package kz.attest.delivery;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A Flight Recorder event around each stage Start's transaction (its duration is how long the Start held a pooled
 * connection, waiting for one included), so a burst's profile shows the Start's cost (docs/benchmarks.md, "Start
 * burst"). Free when no recording runs.
 */
@Name("kz.attest.delivery.StageStart")
@Label("Stage start transaction")
@Category({"Attest", "Delivery"})
@Description("One stage Start's transaction: the attempt locked, the prepared form made the attempt's, the deadline set")
final class StartRecorded extends Event {

    @Label("Prepared ahead")
    boolean prepared;
}
