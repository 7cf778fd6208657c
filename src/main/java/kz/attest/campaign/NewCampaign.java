package kz.attest.campaign;

import java.util.List;

/**
 * A campaign to create: its kind, title (e.g. the order that approved the lists), for an extraordinary one who decided
 * it and on what basis, the exam days with their submission days, and the experts called (for a regular campaign,
 * empty means every expert due on the first exam day).
 */
public record NewCampaign(CampaignKind kind, String title, ExtraordinaryDecider decidedBy, String basis,
                          List<ExamDay> days, List<Long> experts) {
}
