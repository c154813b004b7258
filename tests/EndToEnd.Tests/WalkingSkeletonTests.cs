using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing.Platform;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Testing;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>
/// The slice of issue 2 driven through the gateway of a running platform: credit lists an enterprise,
/// admission asks credit over gRPC and refuses it, monitoring hears of every application over RabbitMQ.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WalkingSkeletonTests(RunningPlatform platform)
{
    [Fact]
    public async Task ABlacklistedEnterpriseIsRefusedAndMonitoringHearsOfEveryApplication()
    {
        // enterprise.b's code: the listing's due process needs the enterprise itself to object.
        const string listed = "91110000802100433B";
        var clear = NewCode();
        await Blacklist(listed);
        using var clerk = await platform.ClientFor("development.clerk");

        var refused = await Submit(clerk, listed);
        var submitted = await Submit(clerk, clear);

        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Contains("BreachOfContract, 解除合同通知书 区政地〔2026〕7号", refused.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());

        var id = submitted.GetProperty("id").GetGuid();
        var read = await clerk.GetFromJsonAsync<JsonElement>($"/api/admission/applications/{id}");
        Assert.Equal(clear, read.GetProperty("uscc").GetString());

        var pipelineForListed = await Eventually(() => PipelineEntry(clerk, refused.GetProperty("id").GetGuid()));
        var pipelineForClear = await Eventually(() => PipelineEntry(clerk, id));
        Assert.Equal("Refused", pipelineForListed.GetProperty("admissionStatus").GetString());
        Assert.Equal("Submitted", pipelineForClear.GetProperty("admissionStatus").GetString());
    }

    [Fact]
    public async Task BadInputThroughTheGatewayIsAProblemNamingTheField()
    {
        using var clerk = await platform.ClientFor("development.clerk");
        using var anonymous = platform.Anonymous();

        using var wrongCheckDigit = await clerk.PostAsJsonAsync("/api/admission/applications", Application("91350100M000100Y44"));
        using var missing = await clerk.PostAsJsonAsync("/api/admission/applications", new { uscc = NewCode() });
        using var unknown = await clerk.GetAsync($"/api/admission/applications/{Guid.NewGuid()}");
        using var noToken = await anonymous.PostAsJsonAsync("/api/admission/applications", Application(NewCode()));

        var badCode = await ProblemAssert.IsProblem(wrongCheckDigit, HttpStatusCode.BadRequest);
        Assert.Contains("check digit", badCode.GetProperty("errors").GetProperty("uscc")[0].GetString(), StringComparison.Ordinal);
        var badFields = await ProblemAssert.IsProblem(missing, HttpStatusCode.BadRequest);
        Assert.True(badFields.GetProperty("errors").TryGetProperty("enterpriseName", out _));
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblem(noToken, HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// One submission is one trace: gateway → admission → credit (gRPC) → monitoring (the bus consumer), read back
    /// from the OTLP receiver the AppHost pointed every service at.
    /// </summary>
    [Fact]
    public async Task OneTraceRunsFromTheGatewayThroughAdmissionToTheCreditOffice()
    {
        using var clerk = await platform.ClientFor("development.clerk");
        // No retry: admission is ready only after its start-up call to the credit office (CreditOfficeWarmUp),
        // so a clerk's submission never pays for the cold path inside the 5 s deadline.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admission/applications") { Content = JsonContent.Create(Application(NewCode())) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await clerk.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        foreach (var service in new[] { "gateway", "admission", "credit", "monitoring" })
        {
            await Eventually(() => Task.FromResult(platform.Telemetry.HasSpan(service, traceId) ? (bool?)true : null),
                $"no span of trace {traceId} exported by {service}");
        }
    }

    [Fact]
    public async Task WhenTheCreditOfficeHangsAdmissionAnswers503AndStoresNothing()
    {
        var credit = platform.Pid("credit");
        var code = NewCode();
        using var clerk = await platform.ClientFor("development.clerk");
        using var auditor = await platform.ClientFor("auditor");
        AppHostProcess.Signal("STOP", credit);
        try
        {
            using var response = await clerk.PostAsJsonAsync("/api/admission/applications", Application(code));

            var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("not stored", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            AppHostProcess.Signal("CONT", credit);
        }

        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/admission/audit/records?operation=admission.application.submit&pageSize=200");
        Assert.DoesNotContain(audit.GetProperty("items").EnumerateArray(), r => (r.GetProperty("afterSummary").GetString() ?? "").Contains(code, StringComparison.Ordinal));
    }

    /// <summary>
    /// Due process, as the credit office runs it: a notice resting on a legally effective document,
    /// the enterprise's objection, and a reviewer rejecting it, which makes the listing effective.
    /// </summary>
    private async Task Blacklist(string uscc)
    {
        using var clerk = await platform.ClientFor("credit.clerk");
        using var enterprise = await platform.ClientFor("enterprise.b");
        using var reviewer = await platform.ClientFor("credit.reviewer");

        using var file = await clerk.PostAsJsonAsync("/api/credit/enterprises", new { uscc, name = "北京示范科技有限公司" });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        using var notice = await clerk.PostAsJsonAsync("/api/credit/listings", new
        {
            uscc,
            reason = "BreachOfContract",
            document = new { type = "解除合同通知书", number = "区政地〔2026〕7号", date = "2026-01-05" },
            evidence = new[] { new { id = "ev-1", title = "履约监管协议" } },
        });
        Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
        var id = (await notice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var objection = await enterprise.PostAsJsonAsync($"/api/credit/listings/{id}/objections", new { grounds = "已按约开工" });
        Assert.Equal(HttpStatusCode.OK, objection.StatusCode);
        using var decision = await reviewer.PostAsJsonAsync($"/api/credit/listings/{id}/objections/decision", new { outcome = "Rejected", reasons = "现场核查未开工" });
        Assert.Equal("Effective", (await decision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> Submit(HttpClient client, string uscc)
    {
        using var response = await client.PostAsJsonAsync("/api/admission/applications", Application(uscc));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement?> PipelineEntry(HttpClient client, Guid applicationId)
    {
        using var response = await client.GetAsync($"/api/monitoring/pipeline/{applicationId}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    private static object Application(string uscc) => new
    {
        enterpriseName = "示范智能制造有限公司",
        uscc,
        industry = "新一代信息技术",
        requestedLandAreaM2 = 10000m,
        policyPackId = "tianjin-binhai-m0-2023",
    };

    /// <summary>A fresh valid code per test, so tests sharing the platform never see each other's data.</summary>
    private static string NewCode() =>
        UnifiedSocialCreditCode.WithCheckDigit("911100007" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;

    private static async Task<string> Eventually(Func<Task<string?>> probe, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(500);
        }
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe, string? failure = null)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, failure ?? "the platform did not get there in 30 s");
            await Task.Delay(200);
        }
    }
}
