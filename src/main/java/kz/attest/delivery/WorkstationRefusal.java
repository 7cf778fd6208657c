package kz.attest.delivery;

/**
 * The old spelling of three {@link DeliveryRefusal} reasons, kept only for {@code ExamApiController} and {@code ExamTokens}
 * (the {@code examlean} branch's); once they throw {@code DeliveryRefusal} themselves, delete this class.
 */
final class WorkstationRefusal extends DeliveryRefusal {

    /** The names {@code ExamApiController} and {@code ExamTokens} throw. */
    interface Reason {
        DeliveryRefusal.Reason REPLACED = DeliveryRefusal.Reason.REPLACED;
        DeliveryRefusal.Reason NOT_STARTED = DeliveryRefusal.Reason.NO_WORKSTATION;
        DeliveryRefusal.Reason EXAM_TOKEN = DeliveryRefusal.Reason.EXAM_TOKEN;
    }

    WorkstationRefusal(DeliveryRefusal.Reason reason) {
        super(reason);
    }
}
