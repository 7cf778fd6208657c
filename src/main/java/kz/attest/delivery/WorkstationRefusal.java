package kz.attest.delivery;

/**
 * The old spelling of two {@link DeliveryRefusal} reasons, kept only for {@code ExamApiController} (changed on the
 * {@code examlean} branch at the same time); once it throws {@code DeliveryRefusal} itself, delete this class.
 */
final class WorkstationRefusal extends DeliveryRefusal {

    /** {@code ExamApiController}'s names for the reasons it throws. */
    interface Reason {
        DeliveryRefusal.Reason REPLACED = DeliveryRefusal.Reason.REPLACED;
        DeliveryRefusal.Reason NOT_STARTED = DeliveryRefusal.Reason.NO_WORKSTATION;
    }

    WorkstationRefusal(DeliveryRefusal.Reason reason) {
        super(reason);
    }
}
