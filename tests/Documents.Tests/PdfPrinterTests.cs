using LandPlatform.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using LandPlatform.Testing.Documents;

namespace LandPlatform.Documents.Tests;

public sealed class PdfPrinterTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-02T08:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
    private PdfPrinter _printer = null!;

    public Task InitializeAsync()
    {
        _printer = new PdfPrinter(Options.Create(new DocumentPrintingOptions { IdleBrowserLifetime = TimeSpan.FromMinutes(2) }),
            _clock, NullLogger<PdfPrinter>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _printer.DisposeAsync();

    private static PrintableDocument Opinion() => new(
        "遴选论证意见表",
        "qualification-opinion",
        new HtmlPage("遴选论证意见表")
            .Heading("创新型产业用地遴选论证意见表")
            .Fields([("申请单位", "闽侯示范智能制造有限公司"), ("地块编号", "XH-2026-07"), ("亩均税收", "≥ 50 万元/亩")])
            .Table(["条件", "承诺值", "结论"], [["亩均税收", "60 万元/亩", "符合"]])
            .Signatures([("区发改经信局", "张伟", "2026年12月2日"), ("区政府", null, null)])
            .ToHtml());

    [Fact]
    public async Task PrintedPdfCarriesTheChineseTextOfTheDocument()
    {
        var pdf = await _printer.PrintAsync(Opinion());

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = PdfText.Read(pdf);
        // Without fonts-noto-cjk Chromium prints empty boxes and no CJK text can be read back; without the text
        // layer's repair 意见 and 用地 read back as the radicals ⻅ and ⽤.
        Assert.Contains("创新型产业用地遴选论证意见表", text, StringComparison.Ordinal);
        Assert.Contains("闽侯示范智能制造有限公司", text, StringComparison.Ordinal);
        Assert.Matches(@"第\s*1\s*页\s*共\s*1\s*页", text);
    }

    [Fact]
    public async Task BrowserIsClosedOnceNoDocumentWasPrintedForItsIdleLifetime()
    {
        await _printer.PrintAsync(Opinion());
        Assert.True(_printer.BrowserRunning);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(_printer.BrowserRunning);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually(() => !_printer.BrowserRunning, "the idle browser was not closed");

        // The next print starts a browser again.
        var pdf = await _printer.PrintAsync(Opinion());
        Assert.NotEmpty(pdf);
    }

    [Fact]
    public async Task PrintsRunSideBySideOnOneBrowser()
    {
        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _printer.PrintAsync(Opinion())));
        Assert.All(pdfs, pdf => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal));
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50);
        }
    }
}
