namespace LandPlatform.Credit.Scheduling;

/// <summary>Configuration section <c>Credit:ObjectionPeriodJob</c>.</summary>
public sealed class ObjectionPeriodJobOptions : ListingJobOptions
{
    public const string SectionName = "Credit:ObjectionPeriodJob";
}
