package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;

/**
 * What the delivery services need to know about a workstation's HTTP request, and nothing else: the client's address
 * and the absolute URL (both as the trusted proxy forwarded them), the path for the log, and the two Safe Exam Browser
 * headers. The controllers build it ({@code ExamApiController.client}), so no servlet type reaches the services.
 */
record WorkstationRequest(String clientAddress, String url, String path, String configKeyHash, String requestHash) {

    /** The Safe Exam Browser header of the kind the hall chose. */
    String sebHeader(SafeExamBrowserKeyKind kind) {
        return kind == SafeExamBrowserKeyKind.BROWSER_EXAM_KEY ? requestHash : configKeyHash;
    }
}
