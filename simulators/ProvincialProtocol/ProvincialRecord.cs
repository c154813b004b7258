using System.Text.Json.Nodes;

namespace LandPlatform.ProvincialProtocol;

/// <summary>
/// One upward record as the provincial platform receives it. <see cref="IdempotencyKey"/> is derived from the source
/// fact, so a record sent twice (a lost reply, a replay) is recognised and answered with the same receipt. A key is the
/// sending district's own: the platform recognises a repeat by the district and the key together.
/// <see cref="Revision"/> counts operator corrections of a rejected record; <see cref="Data"/> holds the kind's fields.
/// </summary>
public sealed record ProvincialRecord(
    string IdempotencyKey,
    int SchemaVersion,
    string Kind,
    string DistrictCode,
    string ParcelCode,
    int Revision,
    DateTimeOffset OccurredAt,
    JsonObject Data);

/// <summary>The platform's answer to an accepted record (also to a repeat of one).</summary>
public sealed record ProvincialReceipt(string ReceiptNumber, string IdempotencyKey, bool Repeat);

/// <summary>The record kinds the platform takes, schema version 1.</summary>
public static class RecordKinds
{
    /// <summary>供地结果: the national land-market monitoring system's supply record.</summary>
    public const string SupplyResult = "SupplyResult";

    /// <summary>合同履约节点: delivery, actual start, actual completion.</summary>
    public const string ContractMilestone = "ContractMilestone";

    /// <summary>达产复核 / 综合评估 result.</summary>
    public const string AssessmentResult = "AssessmentResult";

    /// <summary>闲置 / 低效用地台账 change.</summary>
    public const string LedgerChange = "LedgerChange";

    /// <summary>合同解除 and 土地收回.</summary>
    public const string Termination = "Termination";

    public const int CurrentSchemaVersion = 1;

    public static readonly IReadOnlyList<string> All = [SupplyResult, ContractMilestone, AssessmentResult, LedgerChange, Termination];
}
