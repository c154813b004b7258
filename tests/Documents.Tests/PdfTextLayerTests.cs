using LandPlatform.Documents;

namespace LandPlatform.Documents.Tests;

public sealed class PdfTextLayerTests
{
    [Fact]
    public void RadicalNamedGlyphsAreRenamedToTheIdeographTheyDraw()
    {
        const string cmap = "2 beginbfchar\n<92> <2EC5>\n<9E> <2F64>\nendbfchar\n";

        Assert.Equal("2 beginbfchar\n<92> <89C1>\n<9E> <7528>\nendbfchar\n", PdfTextLayer.Rewrite(cmap));
    }

    [Fact]
    public void MapsWithoutRadicalsAreLeftAlone() =>
        Assert.Null(PdfTextLayer.Rewrite("1 beginbfchar\n<2E> <4EA7>\nendbfchar\n1 beginbfrange\n<10> <13> <002F>\nendbfrange\n"));
}
