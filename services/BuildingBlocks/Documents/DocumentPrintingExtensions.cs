using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LandPlatform.Documents;

public static class DocumentPrintingExtensions
{
    /// <summary>Registers the platform's one PDF printer, configured from the <c>Documents</c> section.</summary>
    public static IServiceCollection AddDocumentPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentPrintingOptions>().Bind(configuration.GetSection(DocumentPrintingOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PdfPrinter>();
        return services;
    }
}
