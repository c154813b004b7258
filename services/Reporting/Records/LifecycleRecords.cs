using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;
using static LandPlatform.Reporting.Records.SupplyResultRecord;

namespace LandPlatform.Reporting.Records;

/// <summary>
/// The records that follow a supply: contract milestones, assessment results, idle-land ledger changes and
/// terminations. Each key names the fact (the contract and what happened to it), not the event's id, so the same
/// fact published twice is still one record.
/// </summary>
public static class LifecycleRecords
{
    public static UpwardRecordDraft Delivered(LandDelivered e) => Milestone(e, "Delivered", e.ContractId, e.ParcelCode, e.Uscc, new JsonObject
    {
        ["actualDate"] = Date(e.DeliveredOn),
        ["agreedStartDate"] = Date(e.AgreedStartBy),
    });

    public static UpwardRecordDraft Started(ConstructionStarted e) => Milestone(e, "Started", e.ContractId, e.ParcelCode, e.Uscc, new JsonObject
    {
        ["actualDate"] = Date(e.StartedOn),
        ["agreedDate"] = Date(e.AgreedStartBy),
        ["daysLate"] = e.DaysLate,
    });

    public static UpwardRecordDraft Completed(ConstructionCompleted e) => Milestone(e, "Completed", e.ContractId, e.ParcelCode, e.Uscc, new JsonObject
    {
        ["actualDate"] = Date(e.CompletedOn),
        ["agreedDate"] = Date(e.AgreedCompletionBy),
        ["daysLate"] = e.DaysLate,
        ["assessmentWindowOpensOn"] = Date(e.AssessmentWindowOpensOn),
        ["assessmentWindowClosesOn"] = Date(e.AssessmentWindowClosesOn),
    });

    /// <summary>
    /// A lease-then-transfer parcel became a grant (Beijing 三（五）): reported as a milestone of the contract with the
    /// grant price in 万元 (the winning price less the rent paid, 三（四）) and the day the grant term starts.
    /// </summary>
    public static UpwardRecordDraft ConvertedToGrant(LeaseConvertedToGrant e) => Milestone(e, "ConvertedToGrant", e.ContractId, e.ParcelCode, e.Uscc, new JsonObject
    {
        ["actualDate"] = Date(e.ConvertedOn),
        ["supplyMode"] = SupplyModeNames.ToNational(SupplyModes.Grant),
        ["grantPrice"] = Units.WanYuanFromYuan(e.GrantPrice),
        ["priceUnit"] = Units.WanYuan,
        ["grantTermStartsOn"] = Date(e.GrantTermStartsOn),
    });

    // The parcel comes from the event (ParcelCode, added to these events) or, from an earlier publisher, from the
    // contracts' events kept in ContractParcel.
    public static UpwardRecordDraft Passed(AssessmentPassed e, string parcelCode) => Assessment(e, e.AssessmentId, parcelCode, new JsonObject
    {
        ["contractId"] = e.ContractId.ToString(),
        ["holderUscc"] = e.Uscc,
        ["assessedOn"] = Date(e.AssessedOn),
        ["outcome"] = "Passed",
    });

    public static UpwardRecordDraft Failed(AssessmentFailed e, string parcelCode) => Assessment(e, e.AssessmentId, parcelCode, new JsonObject
    {
        ["contractId"] = e.ContractId.ToString(),
        ["holderUscc"] = e.Uscc,
        ["assessedOn"] = Date(e.AssessedOn),
        ["outcome"] = "Failed",
        ["reason"] = e.Reason,
        ["finalAfterRectification"] = e.FinalAfterRectification,
        ["documentNumber"] = e.DocumentNumber,
    });

    public static UpwardRecordDraft Idle(IdleLandDetected e) => new(
        $"ledger:idle:{e.ContractId:N}:{e.YearsIdle}", RecordKinds.LedgerChange, RecordKinds.CurrentSchemaVersion, e.ParcelCode, e.OccurredAt,
        new JsonObject
        {
            ["category"] = "Idle",
            ["contractId"] = e.ContractId.ToString(),
            ["holderUscc"] = e.Uscc,
            ["detectedOn"] = Date(e.DetectedOn),
            ["yearsIdle"] = e.YearsIdle,
            ["idleSince"] = Date(e.IdleSince ?? e.DetectedOn.AddYears(-e.YearsIdle)),
            ["causedByGovernment"] = e.CausedByGovernment,
            ["documentNumber"] = e.DocumentNumber,
        });

    /// <summary>An inefficient-land ledger change (低效用地台账): listed, or cleared, with the figures it was judged on.</summary>
    public static UpwardRecordDraft LedgerChanged(LandLedgerChanged e) => new(
        LedgerKey(e), RecordKinds.LedgerChange, RecordKinds.CurrentSchemaVersion,
        e.ParcelCode, e.OccurredAt, new JsonObject
        {
            ["category"] = e.Category,
            ["contractId"] = e.ContractId?.ToString(),
            ["holderUscc"] = e.Uscc,
            ["detectedOn"] = Date(e.ChangedOn),
            ["basis"] = e.Basis,
            ["source"] = e.Source,
        });

    public static UpwardRecordDraft Terminated(ContractTerminated e, string parcelCode) => new(
        $"termination:{e.ContractId:N}", RecordKinds.Termination, RecordKinds.CurrentSchemaVersion, parcelCode, e.OccurredAt,
        new JsonObject
        {
            ["contractId"] = e.ContractId.ToString(),
            ["holderUscc"] = e.Uscc,
            ["terminatedOn"] = Date(e.TerminatedOn),
            ["cause"] = e.Cause,
            // 闲置土地处置办法 第十四条（二）: land idle two years is recovered without compensation.
            ["recoveredWithoutCompensation"] = e.Cause == "IdleLandRecovered",
            ["documentNumber"] = e.DocumentNumber,
        });

    /// <summary>
    /// A lease-then-transfer lessee left before the lease ended and the district took the land back
    /// (《北京市工业用地先租后让指导意见（试行）》三（五） a failed lease, 三（七） a lessee who cannot go on): the contract ends, so
    /// the province learns it as a termination (合同解除 and 土地收回) with cause <c>LeaseExited</c>. The land is not taken
    /// without compensation (三（七） refunds the remaining years' rent less the penalty); the refund goes up in 万元 when
    /// any is owed back. Its own key: a contract ended by exit is a different fact from one terminated.
    /// </summary>
    public static UpwardRecordDraft Exited(LeaseExited e) => new(
        $"termination:exit:{e.ContractId:N}", RecordKinds.Termination, RecordKinds.CurrentSchemaVersion, e.ParcelCode, e.OccurredAt,
        new JsonObject
        {
            ["contractId"] = e.ContractId.ToString(),
            ["holderUscc"] = e.Uscc,
            ["terminatedOn"] = Date(e.ExitedOn),
            ["cause"] = "LeaseExited",
            ["supplyMode"] = SupplyModeNames.ToNational(SupplyModes.LeaseThenTransfer),
            ["recoveredWithoutCompensation"] = false,
            ["rentRefund"] = e.RentRefund is { } refund ? Units.WanYuanFromYuan(refund) : null,
            ["priceUnit"] = Units.WanYuan,
            ["documentNumber"] = null,
        });

    /// <summary>The move itself names the fact: the parcel, the category and what moved it (the confirmed report's version).</summary>
    private static string LedgerKey(LandLedgerChanged e)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"ledger:{e.Category.ToLowerInvariant()}:{e.ParcelCode}:{e.ChangedOn:yyyyMMdd}:{e.Source.Replace(' ', '-')}");
        return key.Length <= 200 ? key : key[..150] + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
    }

    private static UpwardRecordDraft Milestone(IntegrationEvent e, string milestone, Guid contractId, string parcelCode, string uscc, JsonObject fields)
    {
        var data = new JsonObject
        {
            ["milestone"] = milestone,
            ["contractId"] = contractId.ToString(),
            ["holderUscc"] = uscc,
        };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            data[name] = value;
        }

        return new($"milestone:{milestone.ToLowerInvariant()}:{contractId:N}", RecordKinds.ContractMilestone, RecordKinds.CurrentSchemaVersion,
            parcelCode, e.OccurredAt, data);
    }

    private static UpwardRecordDraft Assessment(IntegrationEvent e, Guid assessmentId, string parcelCode, JsonObject data) => new(
        $"assessment:{assessmentId:N}", RecordKinds.AssessmentResult, RecordKinds.CurrentSchemaVersion, parcelCode, e.OccurredAt, data);
}
