namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// One request body the drill sends: what kind of mistake it is (the histogram's row), the bytes, the content
/// type (null: no Content-Type header) and whether the length is declared or the body is sent chunked.
/// </summary>
public sealed record MalformedBody(string Kind, byte[] Bytes, string? ContentType = MalformedBody.Json, bool Chunked = false)
{
    public const string Json = "application/json";

    public override string ToString() =>
        $"{Kind} ({Bytes.Length} bytes{(Chunked ? ", chunked" : string.Empty)}): {Preview}";

    private string Preview
    {
        get
        {
            var text = System.Text.Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 160));
            return Bytes.Length > 160 ? text + "…" : text;
        }
    }
}
