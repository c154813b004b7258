namespace LandPlatform.Credit.Domain;

/// <summary>
/// One line of a listing's history: who did what, when, and the status before and after. Entries are
/// only ever appended (RULES.md §5 "history is never deleted"); nothing in the domain changes one.
/// </summary>
public sealed class ListingHistoryEntry
{
    private ListingHistoryEntry()
    {
    }

    internal ListingHistoryEntry(
        int sequence, ListingStep step, ListingStatus? from, ListingStatus to, Actor by, DateTimeOffset at, string what)
    {
        Sequence = sequence;
        Step = step;
        From = from;
        To = to;
        By = by;
        At = at;
        What = what;
    }

    /// <summary>1, 2, 3… in the order the steps happened.</summary>
    public int Sequence { get; private set; }

    public ListingStep Step { get; private set; }

    /// <summary>Status before the step; null for the notice that opened the listing.</summary>
    public ListingStatus? From { get; private set; }

    public ListingStatus To { get; private set; }

    public Actor By { get; private set; } = null!;

    /// <summary>When the step took legal effect (for the scheduled step: the end of the objection period).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>What happened, with the reasons given, for a clerk reading the file.</summary>
    public string What { get; private set; } = string.Empty;
}
