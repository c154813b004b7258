using System.Net;
using System.Text.Json;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Admission.Tests;

/// <summary>
/// Admission reports ready only after it has asked the credit office once, so the first clerk after a
/// start does not pay for every cold path on both sides inside the 5 s deadline.
/// </summary>
[Collection(AdmissionCollection.Name)]
public sealed class ReadinessTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-admission-ready-");
    private StandInCreditOffice _credit = null!;
    private AdmissionUnderTest _admission = null!;
    private IAsyncDisposable _restartedCredit = new NothingToDispose();

    public async Task InitializeAsync()
    {
        _credit = await StandInCreditOffice.StartAsync();
        _credit.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _admission = new AdmissionUnderTest(issuer, bus, _credit, _data);
    }

    public async Task DisposeAsync()
    {
        _credit.Gate?.TrySetResult();
        await _restartedCredit.DisposeAsync();
        await _admission.DisposeAsync();
        await _credit.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AdmissionIsReadyOnlyAfterTheCreditOfficeAnsweredItsStartupCall()
    {
        _admission.StartServer();
        using var client = _admission.Client();

        // The start-up call reaches the credit office with a code no enterprise holds, as this service.
        await Eventually.HoldsAsync(() => Task.FromResult(_credit.AskedCodes.Contains(CreditOfficeWarmUp.ProbeCode)), "the start-up call reached the credit office", TimeSpan.FromSeconds(60));
        Assert.StartsWith("Bearer ", _credit.CallerTokens.First());

        // While the credit office has not answered, admission is alive but not ready, and says why.
        var waiting = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var report = JsonDocument.Parse(await waiting.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("credit-office-warm-up").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);

        _credit.Gate!.SetResult();

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK, "admission ready once the credit office answered", TimeSpan.FromSeconds(30));
        Assert.Single(_credit.AskedCodes, c => c == CreditOfficeWarmUp.ProbeCode);
    }

    /// <summary>The AppHost starts admission beside credit, not after it: credit may not listen yet.</summary>
    [Fact]
    public async Task AdmissionStartedBeforeTheCreditOfficeKeepsAskingAndIsReadyOnceCreditListens()
    {
        _credit.Gate!.SetResult();
        await _credit.StopAsync();
        _admission.StartServer();
        using var client = _admission.Client();

        // Not ready, and saying why: the calls fail while nothing listens on credit's address.
        await Eventually.HoldsAsync(async () =>
        {
            var health = await client.GetAsync("/health");
            return health.StatusCode == HttpStatusCode.ServiceUnavailable
                && (await health.Content.ReadAsStringAsync()).Contains("attempt 2 failed", StringComparison.Ordinal);
        }, "admission asked the absent credit office at least twice and is not ready", TimeSpan.FromSeconds(60));

        var credit = await StandInCreditOffice.StartAsync(_credit.Address.Port);
        _restartedCredit = credit;

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            "admission ready once the credit office listened and answered", TimeSpan.FromSeconds(60));
        Assert.Contains(CreditOfficeWarmUp.ProbeCode, credit.AskedCodes);
    }

    private sealed class NothingToDispose : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
