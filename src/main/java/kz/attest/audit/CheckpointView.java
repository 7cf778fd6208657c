package kz.attest.audit;

import java.time.Instant;

/** A checkpoint as the auditor's screen lists it: which head it signed, when and by whom it was taken. */
record CheckpointView(long id, long seq, String hash, Instant takenAt, String takenBy) {

    /** When it was taken, on the wall clock of Astana and Almaty, for screens. */
    public String takenAtLocal() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(takenAt.atZone(java.time.ZoneId.of("Asia/Almaty")));
    }
}
