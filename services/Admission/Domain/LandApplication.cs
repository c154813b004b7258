using LandPlatform.Admission.Domain.Applications;
using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Rules;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.CreditChecks;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain;

/// <summary>
/// An enterprise's application for industrial land, as the development bureau receives and reviews it. An
/// application for a parcel carries the version of the parcel's standard it was judged by, its content and the
/// evaluation; one lodged without a parcel (the first slice's form) has only the pack and cannot be reviewed.
/// Every step is appended to <see cref="History"/>.
/// </summary>
public sealed class LandApplication
{
    private LandApplication()
    {
    }

    public Guid Id { get; private set; }

    public string EnterpriseName { get; private set; } = string.Empty;

    public string Uscc { get; private set; } = string.Empty;

    public string Industry { get; private set; } = string.Empty;

    public decimal RequestedLandAreaM2 { get; private set; }

    public string PolicyPackId { get; private set; } = string.Empty;

    public ApplicationStatus Status { get; private set; }

    /// <summary>Why the application was refused or rejected, quoting the credit listing or the reviewers; null otherwise.</summary>
    public string? RefusalReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    /// <summary>The row of the standard's version it was judged by (null for a lodgement without a parcel).</summary>
    public Guid? StandardRowId { get; private set; }

    public Guid? StandardId { get; private set; }

    public int? StandardVersion { get; private set; }

    public string? ParcelCode { get; private set; }

    public ApplicationContent? Content { get; private set; }

    public EvaluationResult? Evaluation { get; private set; }

    public List<ReviewOpinion> Opinions { get; private set; } = [];

    public List<DistrictDecision> Decisions { get; private set; } = [];

    public List<HistoryEntry> History { get; private set; } = [];

    public string? Proposal { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovalOpinion { get; private set; }

    public ApplicationStatus? SuspendedFrom { get; private set; }

    public string? SuspensionReason { get; private set; }

    /// <summary>The credit office delisted the enterprise while the application was suspended: a clerk may resume it.</summary>
    public bool Delisted { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Bumped on every change; two clerks acting at once cannot both win.</summary>
    public int Revision { get; private set; }

    public bool IsOpen => Status is ApplicationStatus.Submitted or ApplicationStatus.InJointReview or ApplicationStatus.Proposed;

    /// <summary>
    /// Takes the application in. The blacklist answer is an input because admission must refuse a
    /// listed enterprise at submission (Shijingshan 五(二); Hangzhou art. 13), and the refusal quotes
    /// the listing so the enterprise knows why.
    /// </summary>
    public static LandApplication Submit(
        EnterpriseApplicant applicant, string industry, decimal requestedLandAreaM2, string policyPackId,
        BlacklistVerdict blacklist, DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(at),
            EnterpriseName = applicant.Name,
            Uscc = applicant.Uscc,
            Industry = industry,
            RequestedLandAreaM2 = requestedLandAreaM2,
            PolicyPackId = policyPackId,
            Status = blacklist.Barred ? ApplicationStatus.Refused : ApplicationStatus.Submitted,
            RefusalReason = blacklist.Barred ? blacklist.Explanation : null,
            SubmittedAt = at,
            UpdatedAt = at,
        };

    /// <summary>Applies for a parcel against the approved, current version of its standard, judged at once.</summary>
    public static LandApplication Apply(
        AdmissionPack pack, ParcelStandard standard, ApplicationContent content, BlacklistVerdict blacklist, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ApplicationsNeedAnApprovedStandard(standard));
        BusinessRules.Check(new PackMustBeInForceOnTheDay(pack, at));
        var application = Submit(
            new EnterpriseApplicant(content.EnterpriseName, content.Uscc), content.IndustryCode, standard.Terms.LandAreaM2, pack.Id, blacklist, at);
        application.SubmittedBy = by;
        application.StandardRowId = standard.Id;
        application.StandardId = standard.StandardId;
        application.StandardVersion = standard.Version;
        application.ParcelCode = standard.ParcelCode;
        application.Content = content;
        application.Evaluation = ApplicationEvaluator.Evaluate(pack, standard.Terms, standard.Version, content);
        application.History.Add(new HistoryEntry("submit", "", application.Status.ToString(), by, at,
            blacklist.Barred ? blacklist.Explanation : $"evaluation: {application.Evaluation.Verdict}"));
        return application;
    }

    /// <summary>The development clerk found the materials complete: the joint review meeting takes it up.</summary>
    public void CheckMaterials(string by, DateTimeOffset at, string? note)
    {
        Step(ApplicationStep.CheckMaterials);
        Move(ApplicationStep.CheckMaterials, ApplicationStatus.InJointReview, by, at, note);
    }

    public ReviewOpinion RecordOpinion(JointReviewRules meeting, string bureau, string person, bool agree, string reasons, string by, DateTimeOffset at)
    {
        Step(ApplicationStep.RecordOpinion);
        BusinessRules.Check(new BureauMustBeOnTheMeeting(meeting, bureau));
        BusinessRules.Check(new EachBureauGivesOneOpinion(Opinions, bureau));
        var opinion = new ReviewOpinion(bureau, meeting.Find(bureau)!.Name, person, agree, reasons, by, at);
        Opinions.Add(opinion);
        Record(ApplicationStep.RecordOpinion, Status, by, at, $"{opinion.BureauName} {opinion.Person}: {(agree ? "同意" : "不同意")} — {reasons}");
        return opinion;
    }

    /// <summary>The development bureau proposes approval to the district government, once every bureau has spoken.</summary>
    public void Propose(JointReviewRules meeting, string proposal, string by, DateTimeOffset at)
    {
        Step(ApplicationStep.Propose);
        BusinessRules.Check(new EveryBureauMustHaveGivenItsOpinion(meeting, Opinions));
        Proposal = proposal;
        Move(ApplicationStep.Propose, ApplicationStatus.Proposed, by, at, proposal);
    }

    /// <summary>Records a district-government decision (exemption or consent) and judges the application again with it.</summary>
    public void RecordDecision(AdmissionPack pack, ParcelStandard standard, DistrictDecision decision)
    {
        Step(ApplicationStep.RecordDecision);
        BusinessRules.Check(new ReasonsMustBeGiven(decision.Reasons));
        BusinessRules.Check(new DecisionMustBeNeeded(Evaluation!, decision));
        Decisions.Add(decision);
        Evaluation = ApplicationEvaluator.Evaluate(pack, standard.Terms, standard.Version, Content!, Decisions);
        Record(ApplicationStep.RecordDecision, Status, decision.DecidedBy, decision.DecidedAt,
            $"{decision.Kind}{(decision.DocumentNumber is null ? "" : $" {decision.DocumentNumber}")}: {decision.Reasons} → {Evaluation.Verdict}");
    }

    /// <summary>
    /// The district government approves. The blacklist is asked again just before: a listing since submission
    /// rejects the application, quoting it, instead of approving (returns false).
    /// </summary>
    public bool Approve(BlacklistVerdict blacklist, string opinion, string by, DateTimeOffset at)
    {
        Step(ApplicationStep.Approve);
        if (blacklist.Barred)
        {
            Reject(blacklist.Explanation, by, at);
            return false;
        }

        BusinessRules.Check(new ApplicationMustMeetTheStandard(Evaluation!));
        ApprovedBy = by;
        ApprovedAt = at;
        ApprovalOpinion = opinion;
        Move(ApplicationStep.Approve, ApplicationStatus.Approved, by, at, opinion);
        return true;
    }

    public void Reject(string reasons, string by, DateTimeOffset at)
    {
        Step(ApplicationStep.Reject);
        BusinessRules.Check(new ReasonsMustBeGiven(reasons));
        RefusalReason = reasons;
        Move(ApplicationStep.Reject, ApplicationStatus.Rejected, by, at, reasons);
    }

    /// <summary>The enterprise was blacklisted: an open application halts (its state kept to resume from).</summary>
    public void Suspend(string reason, string by, DateTimeOffset at)
    {
        Step(ApplicationStep.Suspend);
        SuspendedFrom = Status;
        SuspensionReason = reason;
        Delisted = false;
        Move(ApplicationStep.Suspend, ApplicationStatus.Suspended, by, at, reason);
    }

    public void MarkDelisted(string note, string by, DateTimeOffset at)
    {
        if (Status == ApplicationStatus.Suspended)
        {
            Delisted = true;
            Record("delisted", Status, by, at, note);
        }
    }

    public void Resume(string by, DateTimeOffset at)
    {
        Step(ApplicationStep.Resume);
        BusinessRules.Check(new ResumeNeedsTheDelisting(Delisted));
        var back = SuspendedFrom ?? ApplicationStatus.Submitted;
        SuspendedFrom = null;
        SuspensionReason = null;
        Delisted = false;
        Move(ApplicationStep.Resume, back, by, at, null);
    }

    private void Step(string step)
    {
        BusinessRules.Check(new StepMustBeAllowedInTheState(Status, step));
        if (Content is null && step != ApplicationStep.Suspend && step != ApplicationStep.Resume && step != ApplicationStep.Reject)
        {
            BusinessRules.Check(new ApplicationsNeedAParcelStandard());
        }
    }

    private void Move(string step, ApplicationStatus to, string by, DateTimeOffset at, string? note) => Record(step, to, by, at, note);

    private void Record(string step, ApplicationStatus to, string by, DateTimeOffset at, string? note)
    {
        History.Add(new HistoryEntry(step, Status.ToString(), to.ToString(), by, at, note));
        Status = to;
        UpdatedAt = at;
        Revision++;
    }
}
