using System.Globalization;
using System.Text.Json;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Tests;

public sealed class DeterminismTests
{
    private static readonly ReservePriceRequest Request = new(
        PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", 12345.67m, 2.3m, 613.5m,
        LandGrade: 7, SelfHeldShare: 0.75m, BeijingRelocation: false, TermYears: 37);

    [Fact]
    public void SameRequestGivesTheSameQuoteStepForStep()
    {
        var first = Serialize(new ReservePriceCalculator(Packs.Catalog, Packs.Clock).Quote(Request));
        var second = Serialize(new ReservePriceCalculator(PolicyPackCatalog.LoadEmbedded(), FixedClock.AtBeijingDate(2030, 1, 1)).Quote(Request));

        Assert.Equal(first, second);
    }

    [Fact]
    public void ExplanationDoesNotDependOnTheServerCulture()
    {
        var invariant = Serialize(new ReservePriceCalculator(Packs.Catalog, Packs.Clock).Quote(Request));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // German writes 1,5 for 1.5: the formula text must not change.
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, Serialize(new ReservePriceCalculator(Packs.Catalog, Packs.Clock).Quote(Request)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void MoneyStaysDecimalAtFullPrecision()
    {
        var quote = Outcome.Computed(new ReservePriceCalculator(Packs.Catalog, Packs.Clock).Quote(Request));

        // 613.5 × 1.5 × 0.7 = 644.175 元/m² floor; × 12345.67 × 2.3 m² floor.
        Assert.Equal(644.175m, quote.UnitPrice);
        Assert.Equal(644.175m * (12345.67m * 2.3m), quote.TotalPrice);
        Assert.Contains(quote.Steps, s => s.Formula == "613.5 × 1.5");
    }

    private static string Serialize(object value) =>
        JsonSerializer.Serialize(value, value.GetType());
}
