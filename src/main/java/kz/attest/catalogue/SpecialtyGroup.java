package kz.attest.catalogue;

/** Forensic expert specialties fall into two families, served by different services (seed 000 ¶1). */
public enum SpecialtyGroup {
    /** Forensic expertise of the Centre (criminalistic, economic, engineering, ...). */
    FORENSIC,
    /** Forensic-medical, forensic-psychiatric and forensic-narcological expertise. */
    FORENSIC_MEDICAL
}
