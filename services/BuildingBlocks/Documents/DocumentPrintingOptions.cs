namespace LandPlatform.Documents;

/// <summary>Where Chromium is and how long an idle browser is kept (configuration section <c>Documents</c>).</summary>
public sealed class DocumentPrintingOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// Debian's chromium: Playwright's own browser download cannot work on these machines. Chinese text needs
    /// Debian's fonts-noto-cjk beside it, or every character prints as an empty box.
    /// </summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// A browser costs well over 100 MB; documents are printed a few times a day, so it is closed after this
    /// long without a print and the service idles without one.
    /// </summary>
    public TimeSpan IdleBrowserLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One print may not hold a request longer than this (a page that never finishes loading).</summary>
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
