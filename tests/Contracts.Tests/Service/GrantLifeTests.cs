using System.Net;
using System.Net.Http.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>Whole lives of Xihu grants on the service's clock, with the events through the private broker.</summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class GrantLifeTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task AGrantThatPassesGetsItsDepositBack()
    {
        var start = _service.Today;
        var (applicationId, parcel) = await _service.QualifyAsync(reserve: 10_000_000m);
        var supply = await _service.RecordSupplyAsync(ContractsService.Supply(applicationId, parcel, 12_000_000m, start));
        var supplied = await _service.Probe.NextAsync<LandSupplied>(e => e.ApplicationId == applicationId);
        var id = await _service.DraftAsync(supply.GetProperty("id").GetGuid());
        await _service.StepAsync(id, "signature", start, "enterprise.a");
        await _service.SignLandContractAsync(id, start);
        var signed = await _service.Probe.NextAsync<ContractSigned>(e => e.ContractId == id);
        await _service.StepAsync(id, "deposit", start);
        await _service.StepAsync(id, "delivery", start);
        var delivered = await _service.Probe.NextAsync<LandDelivered>(e => e.ContractId == id);

        _service.MoveTo(start.AddMonths(3));
        await _service.StepAsync(id, "construction-start", start.AddMonths(3));
        _service.MoveTo(start.AddMonths(20));
        await _service.StepAsync(id, "completion", start.AddMonths(20));
        var completed = await _service.Probe.NextAsync<ConstructionCompleted>(e => e.ContractId == id);
        _service.MoveTo(start.AddMonths(21));
        await _service.StepAsync(id, "production", start.AddMonths(21));
        _service.MoveTo(start.AddMonths(30));
        await _service.Probe.PublishAsync(new AssessmentPassed(Guid.NewGuid(), id, ContractsService.Winner, start.AddMonths(30)), Guid.NewGuid(), "monitoring");
        var refunded = await _service.Probe.NextAsync<DepositRefunded>(e => e.ContractId == id);

        var contract = await _service.GetAsync(id);
        Assert.Equal("3301062026B00001", supplied.Message.ElectronicSupervisionNumber);
        Assert.Equal("Grant", signed.Message.ContractKind);
        Assert.Equal(start.AddMonths(6), delivered.Message.AgreedStartBy);
        Assert.Equal(0, completed.Message.DaysLate);
        Assert.Equal(3_600_000m, refunded.Message.Amount);
        Assert.Equal("Passed", contract.GetProperty("state").GetString());
        Assert.Equal("Refunded", contract.GetProperty("depositStatus").GetString());
        Assert.Contains(contract.GetProperty("steps").EnumerateArray(), s => s.GetProperty("actorId").GetString() == "service:monitoring");
    }

    [Fact]
    public async Task AStartThirtySevenDaysLateCostsThirtySevenPerMilleToTheYuanAndAFinalFailureTerminates()
    {
        var start = _service.Today;
        var id = await _service.DeliveredGrantAsync(12_345_678m);
        var due = start.AddMonths(6);

        _service.MoveTo(due.AddDays(1));
        var missed = await _service.Probe.NextAsync<MilestoneMissed>(e => e.ContractId == id);
        _service.MoveTo(due.AddDays(37));
        await _service.Probe.NextAsync<PenaltyAccrued>(e => e.ContractId == id && e.DaysLate == 37);
        await _service.StepAsync(id, "construction-start", due.AddDays(37));
        var started = await _service.Probe.NextAsync<ConstructionStarted>(e => e.ContractId == id);
        _service.MoveTo(due.AddDays(60));

        Assert.Equal("Start", missed.Message.Milestone);
        Assert.Equal(due, missed.Message.AgreedBy);
        Assert.Equal(37, started.Message.DaysLate);

        // Completion, production, a failed assessment, rectification, then the final failure: terminated.
        await _service.StepAsync(id, "completion", due.AddDays(60));
        await _service.StepAsync(id, "production", due.AddDays(60));
        await _service.Probe.PublishAsync(new AssessmentFailed(Guid.NewGuid(), id, ContractsService.Winner, due.AddDays(60), "亩均税收未达标", false), Guid.NewGuid(), "monitoring");
        var forfeited = await _service.Probe.NextAsync<DepositForfeited>(e => e.ContractId == id);
        await Eventually.HoldsAsync(async () => (await _service.GetAsync(id)).GetProperty("state").GetString() == "Rectification", "rectification begins");
        await _service.Probe.PublishAsync(new AssessmentFailed(Guid.NewGuid(), id, ContractsService.Winner, due.AddDays(60), "整改期满仍未达标", true)
        {
            DocumentType = "达标考核结论书",
            DocumentNumber = "西发改〔2027〕9号",
            DocumentDate = due.AddDays(60),
        }, Guid.NewGuid(), "monitoring");
        var terminated = await _service.Probe.NextAsync<ContractTerminated>(e => e.ContractId == id);

        Assert.Equal(3_703_703.4m, forfeited.Message.Amount);
        Assert.Equal("FailedAssessment", terminated.Message.Cause);
        Assert.Equal("西发改〔2027〕9号", terminated.Message.DocumentNumber);
        // The province orders a parcel's records together: the termination names the parcel, not just the contract.
        Assert.Equal((await _service.GetAsync(id)).GetProperty("parcelCode").GetString(), terminated.Message.ParcelCode);
        Assert.Equal("Terminated", (await _service.GetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ThePenaltyOfAStartThirtySevenDaysLateIsFourHundredFiftySixThousandSevenHundredNinetyYuanAndNine()
    {
        var start = _service.Today;
        var id = await _service.DeliveredGrantAsync(12_345_678m);
        var due = start.AddMonths(6);

        _service.MoveTo(due.AddDays(37));
        var accrued = await _service.Probe.NextAsync<PenaltyAccrued>(e => e.ContractId == id && e.DaysLate == 37);

        Assert.Equal(456_790.086m, accrued.Message.Amount);
        Assert.Equal(456_790.09m, Math.Round(accrued.Message.Amount, 2));
        Assert.Equal(0.001m, accrued.Message.RatePerDay);
    }

    [Fact]
    public async Task TheSupplyRecordCarriesTheAgreedStartAndCompletionFollowingFromTheAgreedDelivery()
    {
        var (applicationId, parcel) = await _service.QualifyAsync();
        var delivery = _service.Today.AddDays(30);

        await _service.RecordSupplyAsync(ContractsService.Supply(applicationId, parcel, 12_000_000m, _service.Today, agreedDelivery: delivery));
        var supplied = await _service.Probe.NextAsync<LandSupplied>(e => e.ApplicationId == applicationId);

        // Xihu's pack: start within 6 months of delivery, completion within 24 months of start (附件3 一).
        Assert.Equal(delivery, supplied.Message.AgreedDeliveryDate);
        Assert.Equal(delivery.AddMonths(6), supplied.Message.AgreedStartDate);
        Assert.Equal(delivery.AddMonths(30), supplied.Message.AgreedCompletionDate);
    }

    [Fact]
    public async Task TheContractShowsALateStartsPenaltyGrowingUntilTheStartAndThenFinal()
    {
        var start = _service.Today;
        var id = await _service.DeliveredGrantAsync(12_345_678m);
        var due = start.AddMonths(6);

        _service.MoveTo(due.AddDays(10));
        var growing = Assert.Single((await _service.GetAsync(id)).GetProperty("milestonePenalties").EnumerateArray());
        _service.MoveTo(due.AddDays(37));
        await _service.StepAsync(id, "construction-start", due.AddDays(37));
        _service.MoveTo(due.AddDays(50));
        var final = Assert.Single((await _service.GetAsync(id)).GetProperty("milestonePenalties").EnumerateArray());

        Assert.Equal(10, growing.GetProperty("daysLate").GetInt32());
        Assert.False(growing.GetProperty("final").GetBoolean());
        Assert.Equal(123_456.78m, growing.GetProperty("amount").GetDecimal());
        Assert.Equal("Start", final.GetProperty("milestone").GetString());
        Assert.Equal(37, final.GetProperty("daysLate").GetInt32());
        Assert.True(final.GetProperty("final").GetBoolean());
        Assert.Equal(456_790.086m, final.GetProperty("amount").GetDecimal());
        Assert.Contains("附件3 五（一）", final.GetProperty("clause").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            $"开工 约定 {due:yyyy-MM-dd} 前，逾期 37 日（{due.AddDays(1):yyyy-MM-dd} 至 {due.AddDays(37):yyyy-MM-dd}）：成交价 12,345,678 元 × 1‰ × 37 日 = 456,790.09 元",
            final.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task AnIdleParcelIsDetectedAtOneAndAtTwoYears()
    {
        var start = _service.Today;
        var id = await _service.DeliveredGrantAsync(10_000_000m);
        var due = start.AddMonths(6);

        // 满一年 is complete at the end of the anniversary (民法典 第二百零一条): found idle the day after it.
        _service.MoveTo(due.AddYears(1).AddDays(1));
        // The job runs each of the ~550 days the clock crossed, the late start's penalty growing on each: minutes, not seconds.
        var first = await _service.Probe.NextAsync<IdleLandDetected>(e => e.ContractId == id, TimeSpan.FromMinutes(3));
        _service.MoveTo(due.AddYears(2).AddDays(3));
        var second = await _service.Probe.NextAsync<IdleLandDetected>(e => e.ContractId == id && e.YearsIdle == 2, TimeSpan.FromMinutes(3));

        Assert.Equal(1, first.Message.YearsIdle);
        Assert.Equal(due, first.Message.IdleSince);
        Assert.Equal(due.AddYears(1).AddDays(1), first.Message.DetectedOn);
        Assert.NotNull(first.Message.DocumentNumber);
        Assert.Equal(due.AddYears(2).AddDays(1), second.Message.DetectedOn);
        using var leader = await _service.AsAsync("planning.leader");
        using var recovered = await leader.PostAsJsonAsync($"/contracts/{id}/termination", new
        {
            on = due.AddYears(2).AddDays(3),
            cause = "IdleLandRecovered",
            document = new { type = "收回国有建设用地使用权决定书", number = "西政收〔2029〕1号", date = due.AddYears(2).AddDays(3) },
        });
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }
}
