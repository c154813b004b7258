using Microsoft.AspNetCore.Http.Features;

namespace LandPlatform.Gateway.Routing;

/// <summary>
/// Refuses a request body over <see cref="GatewayOptions.MaxRequestBodyBytes"/> with a 413 problem
/// before anything is forwarded. YARP's own per-route limit only trips while the body is already
/// streaming to the service, so the service would see a truncated request; here a declared length
/// is judged at once and a chunked body is read (up to the limit) before forwarding starts.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, GatewayOptions options, IProblemDetailsService problems)
{
    private const int ReadChunk = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                await RejectAsync(context, limit);
                return;
            }
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            var body = await ReadUpToAsync(request.Body, limit, context.RequestAborted);
            if (body is null)
            {
                await RejectAsync(context, limit);
                return;
            }

            // Forwarded with its now-known length.
            request.Headers.Remove("Transfer-Encoding");
            request.ContentLength = body.Length;
            request.Body = body;
            context.Response.RegisterForDispose(body);
        }

        await next(context);
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<MemoryStream?> ReadUpToAsync(Stream body, long limit, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[ReadChunk];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit is lower than the gateway's.
            await buffer.DisposeAsync();
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }

    private async Task RejectAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"The gateway accepts request bodies of at most {limit} bytes.",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            },
        });
    }
}

/// <summary>Puts <see cref="RequestBodyLimit"/> first in the pipeline, before anything can start reading the body.</summary>
internal sealed class RequestBodyLimitStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<RequestBodyLimit>();
        next(app);
    };
}
