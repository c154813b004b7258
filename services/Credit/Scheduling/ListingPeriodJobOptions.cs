namespace LandPlatform.Credit.Scheduling;

/// <summary>Configuration section <c>Credit:ListingPeriodJob</c>.</summary>
public sealed class ListingPeriodJobOptions : ListingJobOptions
{
    public const string SectionName = "Credit:ListingPeriodJob";
}
