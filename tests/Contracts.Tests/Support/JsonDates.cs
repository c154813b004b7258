using System.Globalization;
using System.Text.Json;

namespace LandPlatform.Contracts.Tests.Support;

internal static class JsonDates
{
    /// <summary>A yyyy-MM-dd property of a response, as the day it names.</summary>
    public static DateOnly GetDateOnly(this JsonElement element) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
