using System.Net;
using LandPlatform.ServiceDefaults.Tests.Support;
using LandPlatform.Testing;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>An unhandled exception is a 500 problem that tells the caller the trace id and nothing of the internals.</summary>
public sealed class UnhandledExceptionTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task AnUnhandledExceptionIsA500ProblemWithATraceIdAndNoExceptionText(string environment)
    {
        await using var app = await DefaultsApp.StartAsync(environment);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.Http, "/boom"));
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        using var response = await http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", problem.GetProperty("traceId").GetString());
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("DefaultsApp", body, StringComparison.Ordinal);
    }
}
