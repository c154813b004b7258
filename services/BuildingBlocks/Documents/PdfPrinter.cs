using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LandPlatform.Documents;

/// <summary>
/// Prints a <see cref="PrintableDocument"/> to PDF in headless Chromium. One browser is started on the first
/// print and shared by later ones (each print gets its own browser context, so no state leaks between
/// documents); it is closed once no document was printed for <see cref="DocumentPrintingOptions.IdleBrowserLifetime"/>,
/// and started again if it crashed.
/// </summary>
public sealed partial class PdfPrinter(IOptions<DocumentPrintingOptions> options, TimeProvider clock, ILogger<PdfPrinter> logger)
    : IAsyncDisposable
{
    private readonly DocumentPrintingOptions _options = options.Value;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ITimer? _idleTimer;
    private int _printsInFlight;
    private long _lastPrintTimestamp;

    public async Task<byte[]> PrintAsync(PrintableDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var browser = await AcquireAsync(cancellationToken);
        try
        {
            await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            var timeout = (float)_options.PrintTimeout.TotalMilliseconds;
            await page.SetContentAsync(document.Html, new() { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            var pdf = await page.PdfAsync(new()
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = Footer(document.Title),
            }).WaitAsync(_options.PrintTimeout, clock, cancellationToken);
            var searchable = PdfTextLayer.RepairCjkText(pdf);
            LogPrinted(logger, document.FileName, searchable.Length);
            return searchable;
        }
        finally
        {
            await ReleaseAsync();
        }
    }

    // Page numbers as Chinese official documents print them; the footer is rendered apart from the page, so it
    // names its font again.
    private static string Footer(string title) =>
        "<div style=\"width:100%;font-size:8pt;font-family:'Noto Serif CJK SC',serif;text-align:center;color:#444\">"
        + HtmlPage.Encode(title)
        + "　第 <span class=\"pageNumber\"></span> 页 共 <span class=\"totalPages\"></span> 页</div>";

    private async Task<IBrowser> AcquireAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_browser is not { IsConnected: true })
            {
                await CloseBrowserAsync();
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = _options.ChromiumPath,
                    Headless = true,
                    // Services run as root in development containers, where Chromium's sandbox cannot start.
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                });
                LogBrowserStarted(logger, _options.ChromiumPath);
            }

            _printsInFlight++;
            return _browser;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task ReleaseAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            _printsInFlight--;
            _lastPrintTimestamp = clock.GetTimestamp();
            _idleTimer ??= clock.CreateTimer(_ => _ = CloseIfIdleAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _idleTimer.Change(_options.IdleBrowserLifetime, Timeout.InfiniteTimeSpan);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task CloseIfIdleAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            if (_printsInFlight == 0 && _browser is not null
                && clock.GetElapsedTime(_lastPrintTimestamp) >= _options.IdleBrowserLifetime)
            {
                await CloseBrowserAsync();
                LogBrowserClosed(logger);
            }
        }
        catch (PlaywrightException ex)
        {
            LogCloseFailed(logger, ex);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Whether a browser is running now (it is not while the printer is idle).</summary>
    public bool BrowserRunning => _browser is { IsConnected: true };

    private async Task CloseBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            if (_idleTimer is not null)
            {
                await _idleTimer.DisposeAsync();
            }

            await CloseBrowserAsync();
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document printer started Chromium at {Path}")]
    private static partial void LogBrowserStarted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document printer closed its idle browser")]
    private static partial void LogBrowserClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document printer could not close its idle browser")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Printed {FileName}.pdf ({Bytes} bytes)")]
    private static partial void LogPrinted(ILogger logger, string fileName, int bytes);
}
