using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Tests;

/// <summary>A clock fixed at one instant, so "today" in a test never depends on when it runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public static FixedClock AtBeijingDate(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));
}

public static class Packs
{
    public const string Binhai = "tianjin-binhai-m0-2023";
    public const string Xihu = "hangzhou-xihu-2020";
    public const string BeijingLeaseThenTransfer = "beijing-lease-then-transfer-2024";
    public const string Shijingshan = "beijing-shijingshan-2019";
    public const string Shilong = "pingdingshan-shilong-2021";

    public static readonly PolicyPackCatalog Catalog = PolicyPackCatalog.LoadEmbedded();

    public static readonly DateOnly InBinhaiPeriod = new(2024, 5, 1);
    public static readonly DateOnly InXihuTrial = new(2020, 6, 1);
    public static readonly DateOnly InBeijingPeriod = new(2024, 6, 1);

    /// <summary>A clock in a date when nothing under test depends on "today".</summary>
    public static readonly TimeProvider Clock = FixedClock.AtBeijingDate(2024, 6, 1);

    public static string EmbeddedJson(string fileName)
    {
        using var stream = typeof(PolicyPackCatalog).Assembly.GetManifestResourceStream($"LandPlatform.Pricing.Policies.{fileName}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<(string, string)> EmbeddedFiles(params string[] fileNames) =>
        fileNames.Select(f => (f, EmbeddedJson(f)));
}

public static class Outcome
{
    public static T Computed<T>(PricingOutcome<T> outcome)
        where T : class =>
        outcome is Computed<T> computed
            ? computed.Result
            : throw new Xunit.Sdk.XunitException($"expected a computed result, got {Describe(outcome)}");

    public static PricingRefusal Refused<T>(PricingOutcome<T> outcome)
        where T : class =>
        outcome is Refused<T> refused
            ? refused.Refusal
            : throw new Xunit.Sdk.XunitException($"expected a refusal, got {Describe(outcome)}");

    public static IReadOnlyList<InputError> Invalid<T>(PricingOutcome<T> outcome)
        where T : class =>
        outcome is InvalidInput<T> invalid
            ? invalid.Errors
            : throw new Xunit.Sdk.XunitException($"expected invalid input, got {Describe(outcome)}");

    public static PolicyPackError Unavailable<T>(PricingOutcome<T> outcome)
        where T : class =>
        outcome is PackUnavailable<T> unavailable
            ? unavailable.Error
            : throw new Xunit.Sdk.XunitException($"expected an unavailable pack, got {Describe(outcome)}");

    private static string Describe<T>(PricingOutcome<T> outcome)
        where T : class => outcome switch
        {
            Refused<T> r => $"refusal {r.Refusal.Rule}: {r.Refusal.Message}",
            InvalidInput<T> i => $"invalid input: {string.Join("; ", i.Errors.Select(e => e.Message))}",
            PackUnavailable<T> p => $"pack unavailable: {p.Error.Message}",
            _ => outcome.ToString() ?? "",
        };
}
