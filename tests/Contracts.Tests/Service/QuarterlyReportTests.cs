using LandPlatform.Contracts.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>按季书面报告 (附件3 三（七）): a quarter that closes without a report is published once, through the broker.</summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class QuarterlyReportTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task EachQuarterWithoutAReportIsPublishedOnceForTheEnterpriseAndTheBureau()
    {
        var signed = _service.Today;
        var id = await _service.DeliveredGrantAsync(10_000_000m);

        _service.MoveTo(signed.AddMonths(3).AddDays(5));
        var first = await _service.Probe.NextAsync<QuarterlyReportMissed>(e => e.ContractId == id, TimeSpan.FromMinutes(2));
        _service.MoveTo(signed.AddMonths(6).AddDays(1));
        // The next one for this contract is the second quarter's: the first was not published again.
        var second = await _service.Probe.NextAsync<QuarterlyReportMissed>(e => e.ContractId == id, TimeSpan.FromMinutes(2));

        Assert.Equal((signed.AddMonths(3), signed.AddMonths(3), 1), (first.Message.PeriodEnd, first.Message.DetectedOn, first.Message.MissingSoFar));
        Assert.Equal(ContractsService.Winner, first.Message.Uscc);
        Assert.Contains("按季", first.Message.Clause, StringComparison.Ordinal);
        Assert.Equal((signed.AddMonths(6), 2), (second.Message.PeriodEnd, second.Message.MissingSoFar));
        var contract = await _service.GetAsync(id);
        Assert.Equal([signed.AddMonths(3), signed.AddMonths(6)], contract.GetProperty("missingProgressReports").EnumerateArray().Select(d => d.GetDateOnly()));
    }
}
