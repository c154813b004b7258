using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.Json;

/// <summary>
/// API responses carry Chinese as UTF-8 rather than <c>\uXXXX</c> escapes. System.Text.Json's default encoder escapes
/// every character outside Basic Latin, so an auditor reading a price's explanation with curl, or an operator reading
/// a response in a trace, saw "\u7B2C\u4E5D\u6761" for 第九条, and each Chinese character took 6 bytes instead of 3.
/// Unlike <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, this encoder still escapes HTML-sensitive
/// characters (&lt; &gt; &amp; ' "), so a response that ends up embedded in a page cannot break out of it.
/// </summary>
public static class ReadableJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddReadableJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = Encoder);
}
