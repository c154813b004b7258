using System.Diagnostics.CodeAnalysis;

namespace LandPlatform.IntegrationContracts.Enterprises;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) that identifies an
/// enterprise across every bureau. Only a code whose check digit is right is ever constructed, so a
/// mistyped code is caught where it is entered rather than creating a second file for the same firm.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015 §4.2: the code alphabet is the digits and the capital letters without I, O, Z, S, V
    // (they are too easily confused with 1, 0, 2, 5, U); each character's value is its index here.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 §5.2: weight of position i is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static UnifiedSocialCreditCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>
    /// Parses <paramref name="text"/> (surrounding spaces ignored, letters upper-cased, as clerks
    /// type codes from paper), or says in <paramref name="error"/> exactly what is wrong.
    /// </summary>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var candidate = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (candidate.Length != Length)
        {
            error = $"must be {Length} characters (GB 32100-2015), got {candidate.Length}";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Alphabet.IndexOf(candidate[i], StringComparison.Ordinal);
            if (value < 0)
            {
                error = $"character {i + 1} ('{candidate[i]}') is not allowed: only digits and capital letters other than I, O, Z, S and V (GB 32100-2015)";
                return false;
            }

            if (i is >= 2 and <= 7 && value > 9)
            {
                error = $"characters 3-8 are the administrative division code and must be digits; character {i + 1} is '{candidate[i]}'";
                return false;
            }

            if (i < Length - 1)
            {
                sum += value * Weights[i];
            }
        }

        var expected = Alphabet[(31 - (sum % 31)) % 31];
        if (candidate[Length - 1] != expected)
        {
            error = $"check digit is '{candidate[Length - 1]}' but the code's first 17 characters require '{expected}' (GB 32100-2015 §5)";
            return false;
        }

        code = new UnifiedSocialCreditCode(candidate);
        error = null;
        return true;
    }

    /// <summary>Completes 17 characters with their check digit; used to make valid codes in tests and seed data.</summary>
    public static UnifiedSocialCreditCode WithCheckDigit(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("expected 17 characters", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"character {i + 1} is not in the code alphabet", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Parse(first17 + Alphabet[(31 - (sum % 31)) % 31]);
    }
}
