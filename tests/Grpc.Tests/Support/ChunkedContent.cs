using System.Net;

namespace LandPlatform.Grpc.Tests.Support;

/// <summary>
/// Sends a body in the given pieces, flushing and pausing after each, so every piece goes out as
/// its own DATA frame — splitting the 5-byte prefix and the message wherever the test says.
/// </summary>
public sealed class ChunkedContent(byte[] body, params int[] pieceSizes) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var offset = 0;
        foreach (var size in pieceSizes.Append(int.MaxValue))
        {
            var count = Math.Min(size, body.Length - offset);
            if (count <= 0)
            {
                break;
            }

            await stream.WriteAsync(body.AsMemory(offset, count));
            await stream.FlushAsync();
            offset += count;
            await Task.Delay(20);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
