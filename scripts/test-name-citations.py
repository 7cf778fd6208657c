#!/usr/bin/env python3
"""Rewrites test method names to the one citation format of docs/decisions.md ("Test-name citations"):
one `_<seed>_<¶>` per paragraph, the seed repeated (`_000_10_000_38`), an optional `_<sub>` sub-point after a
paragraph (`_003_6_1`), digits only after the seed. Usage:
  scripts/test-name-citations.py --list     list the test methods whose citation is not in the format
  scripts/test-name-citations.py --count    distinct (seed, ¶) pairs cited by test method names, per seed
  scripts/test-name-citations.py --apply    rename them (the old name is replaced in the whole test source tree)
"""
import collections, os, re, sys

ROOT = 'src/test/java'
ANN = re.compile(r'@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b')
DECL = re.compile(r'(?:public\s+|protected\s+|private\s+)?(?:static\s+)?(?:final\s+)?[\w<>\[\], ?.]+?\s+(\w+)\s*\('
                  r'(?:[^()]|\([^()]*\))*\)\s*(?:throws\s+[\w., ]+)?\s*\{')
CITED = re.compile(r'_00[0-4](?:_|$)')
# a sub-point is at most 20 (no paragraph of a seed has more); a larger number after a paragraph is a second paragraph
# written compactly (`_000_43_28`), which the format forbids
FORMAT = re.compile(r'^[a-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*(?:_00[0-4]_[1-9][0-9]*(?:_(?:[1-9]|1[0-9]|20))?)+$')

# Seed 001 (the 2021 notice) has no numbered paragraphs: its paragraphs are counted in reading order (docs/decisions.md).
# Seed 003 appendix 1 (diagram 1, the portal's steps "process N"/"condition N") belongs to its ¶1 (the portal).
# Seed 004 is cited by its appendix 2's ¶ numbers (licence regulation); its appendix 1 by ¶ + 100.
EXPLICIT = {
    # seed 001: ¶1 every five years, ¶2 the lists of who is due, ¶5 submission day per exam day, ¶9 the test
    # stage (09:00, results downloadable as PDF and Word), ¶10 the interview stage (15:00, online, <= 3 questions)
    'resultsPdfShowsEachStageInKazakhFirstThenRussianWithEmbeddedFonts_001': '_001_9',
    'resultsWordDocumentCarriesTheSameFiguresInBothLanguages_001': '_001_9',
    'expertsAreDueFiveYearsAfterTheirLastAttestationExceptAfterTwentyYears_001': '_001_1',
    'theScheduleFixesASubmissionDayForEachExamDay_001': '_001_5',
    'theCentresStaffRunACampaignFromThePages_001': '_001_2',
    'aSessionStartsAtNineWithEveryStageOfTheService_001': '_001_9',
    'proctorChecksInAndTheCandidatePassesBothStagesExactlyAtTheMarksAndDownloadsTheSheet_000_15_000_17_000_22_001':
        '_000_15_000_17_000_22_001_9',
    'anInterviewIsPendingAfterAPassedTestOfAServiceThatHoldsIt_001_002_5': '_001_10_002_5',
    'aPassedSittingMakesOnePendingInterview_001_002_5': '_001_10_002_5',
    'theSlotIsTheTestDayAtFifteenOnlineOrInARoomAndTheCandidateIsTold_001': '_001_10',
    'noMoreThanThreeQuestionsPerExpertSpecialty_001': '_001_10_2',
    'theDemonstrationCommissionOfTheCentreHasAChairAMemberAndASecretary_001': '_001_10',
    'aSignedForensicAttestationInTheRegistryMakesTheExpertNotDue_001': '_001_1',
    'candidateDownloadsOwnResultsSheetAsPdfAndDocx_001': '_001_9',
    'anotherPersonsSheetIsNotFound_001': '_001_9',
    'forensicAttestationsCarryTheCommissionInterviewSwitchedOff_001_002': '_001_10_002_5',
    'theNamedServicesHoldTheInterviewAndTheOthersDoNot_001_002': '_001_10_002_5',
    'aServiceWithoutInterviewRulesStopsStartUp_001_002': '_001_10_002_5',
    # seed 003: ¶3 the result in the cabinet, ¶6(3) the qualification check, ¶6 the whole procedure
    'aForensicExpertWithACertificateObtainsALicenceAndWithoutOneIsRefusedBeforePaying_003': '_003_6',
    'aCertificateWithItsSupplementCoversEverySpecialtyAsked_003': '_003_6_3',
    'aSpecialtyNoValidCertificateCoversIsNamed_003': '_003_6_3',
    'noCertificateIsMissing_003': '_003_6_3',
    'anExpertWithoutACertificateIsRefusedOnTheApplyPageBeforePaying_003': '_003_6_3',
    'theSameExpertWithoutACertificateIsRefusedBeforePaying_003': '_003_6_3',
    'aLicenceIsVerifiedPubliclyAndListedInTheRegistryAndTheCabinet_003': '_003_3',
    'aGoodAnswerOfTheResponderIsEnoughWithoutACrl_003': '_003_1',
    'aCertificateTheResponderReportsRevokedIsRefused_003': '_003_1',
    'whenTheResponderIsDownTheCrlDecides_003': '_003_1',
    'aResponderErrorFallsBackToTheCrl_003': '_003_1',
    'aGoodAnswerNotSignedByTheIssuerIsIgnored_003': '_003_1',
    'aPrerequisiteExpiredRevokedOrNotCoveringTheSpecialtiesIsRefused_003_004_app2': '_003_6_3_004_8_4',
    # the payment checked before the request counts as received: the portal (¶1) and ¶4 (the Standard's documents)
    'paymentCheckedBeforeSigningAndAPendingPaymentReChecked_003_diagram1': '_003_1_003_4',
    'aPaymentForAnotherIinOrAnotherServiceIsRefused_003_diagram1': '_003_1_003_4',
    'licenceStepDurations_seed003_6_seed004_app2_7': '_003_6_004_7',
    # seed 004 appendix 2: ¶3 the result (issue, re-issue), ¶7 the steps and their terms, ¶8 the portal's processes
    'registeredWithinThirtyWorkingMinutesAcrossTheEndOfTheDay_004_app2': '_004_7_1',
    'registeredWithinThirtyWorkingMinutesAcrossAWeekendAndAHoliday_004_app2': '_004_7_1',
    'assignedWithinThirtyWorkingMinutesOfRegistration_004_app2': '_004_7_2',
    'completenessWithinTwoWorkingDaysThenFifteenToPrepareOneToApproveOneToSign_004_app2': '_004_7',
    'reissuePreparedWithinThreeWorkingDays_004_app2': '_004_7_3',
    'onlyThePendingStepMayBeDoneAndALateStepIsMarked_004_app2': '_004_7',
    'incompleteDocumentsEndInAWrittenRefusalToConsiderFurther_004_app2': '_004_7_3',
    'thirtyWorkingMinutesAcrossTheEndOfTheDayAWeekendAndAHoliday_004_app2': '_004_7',
    'registeredWithinThirtyWorkingMinutes_004_app2': '_004_7_1',
    'assignedWithinThirtyWorkingMinutes_004_app2': '_004_7_2',
    'completenessCheckedWithinTwoWorkingDays_004_app2': '_004_7_3',
    'anIncompleteRequestIsRefusedInWritingWithinTheCompletenessStep_004_app2': '_004_7_3',
    'consideredAndPreparedWithinFifteenWorkingDays_004_app2': '_004_7_3',
    'reissueConsideredWithinThreeWorkingDays_004_app2': '_004_7_3',
    'approvedByTheDirectorWithinOneWorkingDay_004_app2': '_004_7_4',
    'signedByTheDeputyHeadWithinOneWorkingDay_004_app2': '_004_7_5',
    'workingMinutesLongerThanADaySpanSeveralWorkingDays_004_app2': '_004_7',
    'aSignedBailiffAttestationDecisionMeetsTheBailiffLicencesPrerequisite_004_app2': '_004_8_4',
    'noDecisionInTheRegisterIsMissing_004_app2': '_004_8_4',
    'anExpiredDecisionIsNamedExpired_004_app2_000_29': '_004_8_4_000_29',
    'aRevokedDecisionIsNamedRevoked_004_app2': '_004_8_4',
    'aSupersededDecisionCountsOnlyThroughItsValidCorrection_004_app2': '_004_8_4',
    'onlySuchADecisionCountsNotAnotherServicesOrAFailedOne_004_app2': '_004_8_4',
    'aBailiffGoesFromTheAttestationDecisionToALicenceThenToItsReissue_004_app2': '_004_3',
    'aLicenceAndItsReissueAreVerifiedOnTheSharedVerifyPageByNumberAndCode_004_app2': '_004_3',
    'theHeadsSlaViewAndTheQueueListALicenceRequestsPendingStepWithItsDueMinute_004_app2': '_004_7',
    'aBailiffWithTheAttestationDecisionObtainsALicenceThenItsReissue_004_app2': '_004_3',
    'onlyTheLicensorsStaffRecordOrRevokeAPrerequisiteByHand_004_app2': '_004_8_4',
    'aReissueOfALicenceNotTheApplicantsOrNotActiveIsRefused_004_app2': '_004_3',
    'twoReissueRequestsAtOnceForOneLicenceOneWins_004_app2': '_004_3',
    'incompleteDocumentsEndInARefusalToConsiderFurtherByTheHead_004_app2': '_004_7_3',
    'anOverdueStepIsFlaggedOnceAuditedAndToldToTheHeads_004_app2': '_004_7',
    'aBailiffAppliesSeesThePrerequisiteAttachesPaysAndMaySign_004_app2': '_004_8_3',
    'aReissueOfALicenceThatIsNotTheApplicantsIsToldOnTheApplyPage_004_app2': '_004_3',
    # seed 004 appendix 1 ¶5(7): the list of who passed, failed or did not appear is published the next day
    'aProviderThatSwitchedItOnPublishesThePreviousDaysResultsWithoutSignIn_004': '_004_105_7',
    # lifecycle.md "Submission" 4 = seed 003 diagram 1 processes 6-7 (the portal, ¶1)
    'aSignatureOfAnotherPersonIsRefusedAndNothingStored_lifecycle_submission_4': '_003_1',
}
# the seed 000 appendices: 1-3 are the ¶25 decision forms, 4 the ¶52 one, 5 the ¶73 certificate
APPENDIX_000 = {1: 25, 2: 25, 3: 25, 4: 52, 5: 73}


def methods(root=ROOT):
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith('.java'):
                path = os.path.join(d, f)
                text = open(path, encoding='utf-8').read()
                for m in ANN.finditer(text):
                    decl = DECL.search(text, m.end())
                    yield path, decl.group(1), text[m.start():decl.start(1)]


def cites(paras):
    out, seen = '', set()
    for seed, para, sub in paras:
        if (seed, para, sub) not in seen:
            seen.add((seed, para, sub))
            out += '_%s_%d' % (seed, para) + ('_%d' % sub if sub else '')
    return out


def convert(name, annotations):
    if name in EXPLICIT:
        return name[:name.index(next(s for s in ['_00', '_seed', '_lifecycle'] if s in name))] + EXPLICIT[name]
    if FORMAT.match(name) or not re.search(r'_(00[0-4]|seed00[0-4])', name):
        return name
    base, rest = re.match(r'^(.*?)((?:_(?:00[0-4]|seed00[0-4])(?:_|$)).*)$', name).groups()
    paras = []
    rest = rest.replace('_003_p6', '_003_1').replace('_003_diagram1', '_003_1')
    rest = re.sub(r'_003_process\d+', '_003_1', rest)
    m = re.fullmatch(r'_000_appendi(?:ces|x)_(\d+)(?:_to_(\d+))?', rest)
    if m:
        lo = int(m.group(1)); hi = int(m.group(2) or lo)
        return base + cites([('000', APPENDIX_000[i], 0) for i in range(lo, hi + 1)])
    m = re.fullmatch(r'_(00[0-4])_(\d+)_to_(?:00[0-4]_)?(\d+)', rest)
    if m:
        seed, lo, hi = m.group(1), int(m.group(2)), int(m.group(3))
        listed = sorted({int(p) for p in re.findall(r'%s ¶(\d+)' % seed, annotations)})
        return base + cites([(seed, p, 0) for p in (listed or range(lo, hi + 1)) if lo <= p <= hi])
    rest = re.sub(r'_004_app2_(\d+)_(\d+)$', r'_004_8_\1_004_8_\2', rest)
    rest = rest.replace('_004_app2', '_004_7')
    groups = []
    for token in rest.strip('_').split('_'):
        if re.fullmatch(r'00[0-4]', token):
            groups.append((token, []))
        elif token.isdigit() and groups:
            groups[-1][1].append(int(token))
        else:
            raise SystemExit('cannot read the citation of %s: add it to EXPLICIT' % name)
    for seed, numbers in groups:
        if not numbers:
            raise SystemExit('%s cites seed %s without a paragraph: add it to EXPLICIT' % (name, seed))
        if len(numbers) == 2 and numbers[1] <= 20:
            paras.append((seed, numbers[0], numbers[1]))  # a paragraph and its sub-point, e.g. seed 003 ¶6(1)
        else:
            paras += [(seed, n, 0) for n in numbers]      # a compact list: every number is a paragraph
    return base + cites(paras)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else '--list'
    found = list(methods())
    if mode == '--count':
        pairs = collections.defaultdict(set)
        for _, name, _ in found:
            for seed, para in re.findall(r'_(\d{3})_(\d+)', name):
                pairs[seed].add(int(para))
        print('test methods %d, distinct (seed, ¶) pairs %d' % (len(found), sum(map(len, pairs.values()))))
        for seed in sorted(pairs):
            print('  seed %s: %d' % (seed, len(pairs[seed])))
        return
    renames = collections.OrderedDict()
    for path, name, annotations in found:
        if CITED.search(name) or name in EXPLICIT or re.search(r'_seed00', name):
            new = convert(name, annotations)
            if new != name or not FORMAT.match(name):
                renames[(path, name)] = new
    for (path, name), new in renames.items():
        flag = '' if FORMAT.match(new) else '   <-- STILL NOT IN FORMAT'
        print('%s %s -> %s%s' % (path.split('kz/attest/')[-1], name, new, flag))
    if mode == '--apply':
        by_name = {name: new for (_, name), new in renames.items()}
        for d, _, files in os.walk(ROOT):
            for f in files:
                if f.endswith('.java'):
                    path = os.path.join(d, f)
                    text = open(path, encoding='utf-8').read()
                    changed = re.sub(r'\b(%s)\b' % '|'.join(map(re.escape, by_name)), lambda m: by_name[m.group(1)],
                                     text) if by_name else text
                    if changed != text:
                        open(path, 'w', encoding='utf-8').write(changed)


if __name__ == '__main__':
    main()
