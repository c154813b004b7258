using System.Text.Json.Nodes;
using LandPlatform.SeedWork;

namespace LandPlatform.Reporting.Domain;

/// <summary>Replay is for records that ran out of attempts; a rejected one needs a correction, a delivered one nothing.</summary>
public sealed class OnlyAParkedRecordIsReplayed(DeliveryState state) : IBusinessRule
{
    public bool IsBroken() => state != DeliveryState.Parked;

    public string Message => $"Only a parked record can be replayed; this one is {state}.";
}

/// <summary>Only the platform's refusal opens a record to correction.</summary>
public sealed class OnlyARejectedRecordIsCorrected(DeliveryState state) : IBusinessRule
{
    public bool IsBroken() => state != DeliveryState.Rejected;

    public string Message => $"Only a rejected record can be corrected; this one is {state}.";
}

/// <summary>A rejected record is never re-sent unchanged: the platform would refuse it again for the same reason.</summary>
public sealed class ACorrectionChangesTheRecord(string current, string corrected) : IBusinessRule
{
    public bool IsBroken() => JsonNode.DeepEquals(JsonNode.Parse(current), JsonNode.Parse(corrected));

    public string Message => "The correction leaves the record as the platform rejected it; change the field it named.";
}
