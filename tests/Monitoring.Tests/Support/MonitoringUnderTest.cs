using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Contracts;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Messaging;
using LandPlatform.Testing.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LandPlatform.Monitoring.Tests.Support;

/// <summary>
/// Monitoring on real Kestrel with its own SQLite file, the private RabbitMQ node, the development issuer, a stand-in
/// contracts gRPC server, a probe publishing contracts' and admission's events and hearing monitoring's, and a clock
/// the test moves.
/// </summary>
public sealed class MonitoringUnderTest : IAsyncDisposable
{
    public const string Uscc = "91350100M000100Y43";

    private readonly TempDirectory _data = TempDirectory.Create("lp-monitoring-");

    private MonitoringUnderTest(IssuerFixture issuer) => Issuer = issuer;

    public IssuerFixture Issuer { get; }

    public ShiftableClock Clock { get; } = new();

    public StandInContracts Contracts { get; private set; } = null!;

    public ServiceUnderTest<Program> Service { get; private set; } = null!;

    public BusProbe Bus { get; private set; } = null!;

    public static async Task<MonitoringUnderTest> StartAsync(RabbitMqNode bus, IssuerFixture issuer)
    {
        var m = new MonitoringUnderTest(issuer);
        m.Contracts = await StandInContracts.StartAsync();
        m.Service = new ServiceUnderTest<Program>("monitoring", issuer, bus.AmqpUri.ToString(), m._data, new Dictionary<string, string?>
        {
            ["services:contracts:grpc:0"] = m.Contracts.Address.ToString(),
        }, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(m.Clock)));
        m.Service.StartServer();
        await Eventually.HoldsAsync(async () => (await bus.ListQueuesAsync()).Keys.Any(q => q.StartsWith("monitoring-", StringComparison.Ordinal)), "monitoring binds its queues", TimeSpan.FromSeconds(30));
        m.Bus = await BusProbe.StartAsync(bus.AmqpUri, typeof(AssessmentPassed), typeof(AssessmentFailed), typeof(RectificationExpired), typeof(AnnualCheckFailed), typeof(LandLedgerChanged));
        return m;
    }

    public async Task<HttpClient> As(string user) => Service.Client(await Issuer.PersonTokenAsync(user));

    /// <summary>
    /// A contract as contracts announces it (supplied, signed, completed) and serves its commitments over gRPC; returns
    /// once monitoring has opened the file.
    /// </summary>
    public async Task<Guid> ContractAsync(Commitments commitments, string? packId, decimal landAreaM2, string? parcelCode = null)
    {
        var contractId = Guid.CreateVersion7();
        var applicationId = Guid.CreateVersion7();
        parcelCode ??= "P-" + contractId.ToString("N")[..8];
        commitments.ContractId = contractId.ToString();
        commitments.ParcelCode = parcelCode;
        commitments.PolicyPackId = packId ?? string.Empty;
        commitments.LandAreaM2 = StandInContracts.Text(landAreaM2);
        Contracts.Set(commitments);
        var supplied = new LandSupplied(Guid.CreateVersion7(), applicationId, commitments.Uscc, parcelCode, "Grant", 12_000_000m, new DateOnly(2024, 2, 1), "CJ-1")
        {
            EnterpriseName = commitments.EnterpriseName,
            PolicyPackId = packId,
            LandAreaM2 = landAreaM2,
            AdministrativeArea = "示范区",
            ProjectName = "示范项目",
        };
        await Bus.PublishAsync(supplied, supplied.EventId, publisher: "contracts");
        var signed = new ContractSigned(contractId, applicationId, commitments.Uscc, parcelCode, "Grant", DateOnly.Parse(commitments.SignedOn, System.Globalization.CultureInfo.InvariantCulture));
        await Bus.PublishAsync(signed, signed.EventId, publisher: "contracts");
        using var reader = await As("development.clerk");
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await reader.GetAsync($"/contracts/{contractId}");
            return response.StatusCode == HttpStatusCode.OK
                && JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("landAreaM2").ValueKind == JsonValueKind.Number;
        }, $"monitoring opens the file of contract {contractId}");
        return contractId;
    }

    /// <summary>An annual report submitted by the enterprise and confirmed by statistics and tax; returns its id.</summary>
    public async Task<Guid> ConfirmedReportAsync(Guid contractId, int year, object figures)
    {
        using var enterprise = await As("enterprise.a");
        using var submitted = await enterprise.PostAsJsonAsync("/reports", new { contractId, period = year.ToString(System.Globalization.CultureInfo.InvariantCulture), figures });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        foreach (var clerk in new[] { "statistics.clerk", "tax.clerk" })
        {
            using var client = await As(clerk);
            using var confirmed = await client.PostAsJsonAsync($"/reports/{id}/confirmations", new { });
            // A report may hold no figure one of the bureaus owns; that bureau has nothing to confirm.
            Assert.True(confirmed.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, await confirmed.Content.ReadAsStringAsync());
        }

        return id;
    }

    public static Commitments Commitments(decimal selfHeldPercent, DateOnly windowOpens, DateOnly windowCloses, params (string Code, decimal Value, string Unit)[] indicators)
    {
        var c = new Commitments
        {
            Uscc = Uscc,
            EnterpriseName = "闽侯示范智能制造有限公司",
            SupplyMode = "Grant",
            SelfHeldSharePercent = StandInContracts.Text(selfHeldPercent),
            FloorAreaM2 = "30000",
            SignedOn = "2024-03-01",
            CompletedOn = StandInContracts.Text(windowOpens),
            AssessmentWindowOpensOn = StandInContracts.Text(windowOpens),
            AssessmentWindowClosesOn = StandInContracts.Text(windowCloses),
            State = "InProduction",
            TransactionPrice = "12000000",
            TermYears = 40,
            LandUse = "M0",
        };
        c.Indicators.AddRange(indicators.Select(i => new IntegrationContracts.Contracts.CommittedIndicator
        {
            Code = i.Code,
            Value = StandInContracts.Text(i.Value),
            Unit = i.Unit,
            Clause = $"履约监管协议 {i.Code}",
        }));
        return c;
    }

    public static object Decision() => new { opinion = "区政府审定", document = new { type = "达标验收意见", number = "滨政复〔2026〕8号", date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) } };

    public async Task<Guid> ApplyAsync(Guid contractId)
    {
        using var enterprise = await As("enterprise.a");
        using var applied = await enterprise.PostAsJsonAsync("/assessments", new { contractId, opinion = "申请达标考核" });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        return JsonDocument.Parse(await applied.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<Guid> ThroughJointReviewAsync(Guid contractId)
    {
        var id = await ApplyAsync(contractId);
        using var clerk = await As("development.clerk");
        using var initial = await clerk.PostAsJsonAsync($"/assessments/{id}/initial-check", new { opinion = "达产材料初审通过" });
        Assert.Equal(HttpStatusCode.OK, initial.StatusCode);
        using var joint = await clerk.PostAsJsonAsync($"/assessments/{id}/joint-review", new { opinion = "部门联审意见" });
        Assert.True(joint.StatusCode == HttpStatusCode.OK, await joint.Content.ReadAsStringAsync());
        return id;
    }

    public async Task<JsonElement> DecideAsync(Guid id)
    {
        using var clerk = await As("development.clerk");
        using var decided = await clerk.PostAsJsonAsync($"/assessments/{id}/government-review", Decision());
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await decided.Content.ReadAsStringAsync()).RootElement;
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.DisposeAsync();
        await Service.DisposeAsync();
        await Contracts.DisposeAsync();
        _data.Dispose();
    }
}
