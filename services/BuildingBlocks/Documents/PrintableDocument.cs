namespace LandPlatform.Documents;

/// <summary>
/// A document ready to print: the complete HTML page a service rendered from its stored data, the file name a
/// clerk downloads it under, and the title printed in the page footer.
/// </summary>
public sealed record PrintableDocument(string Title, string FileName, string Html);
