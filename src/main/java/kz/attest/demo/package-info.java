/**
 * The demonstration story (issue 14 "Demonstration data", issue 10): on the first start with demonstration data, a
 * handful of applications are driven through the real services of every module — submitted with the applicant's
 * EDS key, registered, reviewed, admitted, planned, checked in, sat at a workstation, scored, their decisions drawn up
 * and signed with the provider's organisation key — so that every state of an application and every role's workplace
 * has something to show. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration story")
package kz.attest.demo;
