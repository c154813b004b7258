using LandPlatform.Documents;

namespace LandPlatform.Documents.Tests;

public sealed class HtmlPageTests
{
    [Fact]
    public void ValuesAreEncodedSoAnEnterpriseNameCannotBecomeMarkup()
    {
        var html = new HtmlPage("意见表").Fields([("申请单位", "<script>alert(1)</script>有限公司")]).ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // Chinese stays readable in the source instead of numeric entities.
        Assert.Contains("有限公司", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWithTheWrongNumberOfCellsIsRefused() =>
        Assert.Throws<ArgumentException>(() => new HtmlPage("表").Table(["a", "b"], [["only one"]]));

    [Fact]
    public void UnsignedPartyPrintsAnEmptySignatureLine()
    {
        var html = new HtmlPage("合同").Signatures([("甲方", null, null)]).ToHtml();
        Assert.Contains("（未签署）", html, StringComparison.Ordinal);
    }
}
