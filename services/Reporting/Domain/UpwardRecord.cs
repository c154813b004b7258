using LandPlatform.SeedWork;

namespace LandPlatform.Reporting.Domain;

/// <summary>
/// One record reported upward and its line in the delivery ledger. Built once from the source fact (its
/// <see cref="IdempotencyKey"/> names that fact); only an operator's correction changes <see cref="Data"/>, and only
/// of a rejected record, so a refused record is never sent again unchanged.
/// </summary>
public sealed class UpwardRecord
{
    private UpwardRecord()
    {
    }

    /// <summary>Increasing in creation order; with <see cref="FactOccurredAt"/> it orders one parcel's records.</summary>
    public long Id { get; private set; }

    public string IdempotencyKey { get; private set; } = null!;

    public string Kind { get; private set; } = null!;

    public int SchemaVersion { get; private set; }

    public string ParcelCode { get; private set; } = null!;

    public DateTimeOffset FactOccurredAt { get; private set; }

    /// <summary>The kind's fields as JSON (the wire record's <c>data</c>).</summary>
    public string Data { get; private set; } = null!;

    /// <summary>0 as built; +1 per operator correction.</summary>
    public int Revision { get; private set; }

    public DeliveryState State { get; private set; }

    /// <summary>Attempts since the record was built, replayed or corrected.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? ReceiptNumber { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The W3C trace context of the consumed fact: each delivery is a span in that trace.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Who last replayed or corrected it, and when.</summary>
    public string? ChangedBy { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public static UpwardRecord Build(UpwardRecordDraft draft, string? traceParent, string? traceState, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new UpwardRecord
        {
            IdempotencyKey = draft.IdempotencyKey,
            Kind = draft.Kind,
            SchemaVersion = draft.SchemaVersion,
            ParcelCode = draft.ParcelCode,
            FactOccurredAt = draft.FactOccurredAt,
            Data = draft.Data.ToJsonString(),
            State = DeliveryState.Pending,
            NextAttemptAt = now,
            TraceParent = traceParent,
            TraceState = traceState,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// A record built before its contract's parcel was known (queued under the contract) joins the parcel's queue, so it
    /// goes out in order with the parcel's supply record and milestones. A delivered record stays as the platform has it.
    /// </summary>
    public void JoinParcel(string parcelCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parcelCode);
        if (State != DeliveryState.Delivered)
        {
            ParcelCode = parcelCode;
        }
    }

    public void Delivered(string receiptNumber, DateTimeOffset now)
    {
        Attempts++;
        State = DeliveryState.Delivered;
        ReceiptNumber = receiptNumber;
        DeliveredAt = now;
        LastError = null;
    }

    public void Rejected(string reason, DateTimeOffset now)
    {
        Attempts++;
        State = DeliveryState.Rejected;
        RejectionReason = reason;
        LastError = null;
        NextAttemptAt = now;
    }

    /// <summary>The platform did not answer (down, timeout, lost reply, 5xx): wait, or park after the last attempt.</summary>
    public void AttemptFailed(string error, DeliveryPolicy policy, double jitterSample, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Attempts++;
        LastError = error.Length <= 2000 ? error : error[..2000];
        if (Attempts >= policy.MaxAttempts)
        {
            State = DeliveryState.Parked;
            return;
        }

        NextAttemptAt = now + policy.DelayAfter(Attempts, jitterSample);
    }

    /// <summary>An operator sends a parked record again, from a fresh attempt count.</summary>
    public void Replay(string operatorName, DateTimeOffset now)
    {
        BusinessRules.Check(new OnlyAParkedRecordIsReplayed(State));
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        ChangedBy = operatorName;
        ChangedAt = now;
    }

    /// <summary>An operator corrects a rejected record; the corrected record is sent as the next revision.</summary>
    public void Correct(string correctedData, string operatorName, DateTimeOffset now)
    {
        BusinessRules.Check(new OnlyARejectedRecordIsCorrected(State));
        BusinessRules.Check(new ACorrectionChangesTheRecord(Data, correctedData));
        Data = correctedData;
        Revision++;
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        ChangedBy = operatorName;
        ChangedAt = now;
    }
}
