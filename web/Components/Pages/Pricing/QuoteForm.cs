using LandPlatform.Web.Api;

namespace LandPlatform.Web.Components.Pages.Pricing;

/// <summary>
/// The quote form as posted: the fields of pricing's <c>POST /quotes</c>, named as the service names them (capitalised),
/// so the service's field errors land on the input that edits them.
/// </summary>
public sealed class QuoteForm
{
    /// <summary>The JSON names of the fields the form shows, each next to its input.</summary>
    public static readonly string[] Fields =
    [
        "policyPack", "valuationDate", "landUse", "landAreaM2", "floorAreaRatio", "industrialBenchmarkPricePerM2", "industrialAppraisalPerMu",
        "landGrade", "selfHeldShare", "beijingRelocation", "termYears",
    ];

    public string? PolicyPack { get; set; }

    public DateOnly? ValuationDate { get; set; }

    public string? LandUse { get; set; }

    public decimal? LandAreaM2 { get; set; }

    public decimal? FloorAreaRatio { get; set; }

    public decimal? IndustrialBenchmarkPricePerM2 { get; set; }

    public decimal? IndustrialAppraisalPerMu { get; set; }

    public int? LandGrade { get; set; }

    public decimal? SelfHeldShare { get; set; }

    /// <summary>"true", "false" or empty (not answered: the service says whether the pack needs it).</summary>
    public string? BeijingRelocation { get; set; }

    public int? TermYears { get; set; }

    /// <summary>
    /// The request for <paramref name="pack"/>: only the fields its method reads, so a field the form does not show for
    /// this pack is never sent (pricing would warn that it ignored it).
    /// </summary>
    public QuoteInput ToRequest(PolicyPack pack)
    {
        var benchmark = pack.Pricing.BenchmarkReservePrice is not null;
        return new QuoteInput(
            pack.Id,
            District: null,
            ValuationDate,
            benchmark ? Blank(LandUse) : null,
            LandAreaM2,
            benchmark ? FloorAreaRatio : null,
            benchmark ? IndustrialBenchmarkPricePerM2 : null,
            benchmark ? null : IndustrialAppraisalPerMu,
            LandGrade,
            benchmark ? SelfHeldShare : null,
            benchmark && bool.TryParse(BeijingRelocation, out var relocation) ? relocation : null,
            TermYears);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Fixing a quote as a parcel's reserve price: the application and the parcel (宗地编号), as typed.</summary>
public sealed class ReservePriceForm
{
    public static readonly string[] Fields = ["applicationId", "parcelCode"];

    public string? ApplicationId { get; set; }

    public string? ParcelCode { get; set; }

    /// <summary>The application id goes as typed: the service names the field when it is not one.</summary>
    public object ToRequest() => new
    {
        applicationId = string.IsNullOrWhiteSpace(ApplicationId) ? null : ApplicationId.Trim(),
        parcelCode = string.IsNullOrWhiteSpace(ParcelCode) ? null : ParcelCode.Trim(),
    };
}
