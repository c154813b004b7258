using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Contracts.Domain;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.SeedWork;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Messaging;
using LandPlatform.Testing.Services;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Contracts.Tests.Support;

/// <summary>
/// The contracts service under test (real Kestrel ports, its own SQLite file, the private broker, the
/// development issuer, a stand-in credit office) with a clock the test moves: deadlines pass by moving
/// <see cref="Clock"/>, and the daily job runs each day the clock crossed. A bus probe publishes admission's,
/// pricing's and monitoring's events and receives contracts' own.
/// </summary>
internal sealed class ContractsService : IAsyncDisposable
{
    /// <summary>enterprise.a's code (the development issuer's seeded user): the winner in these tests.</summary>
    public const string Winner = "91350100M000100Y43";

    private readonly TempDirectory _data = TempDirectory.Create("lp-contracts-");
    private readonly Dictionary<string, string> _tokens = [];

    private ContractsService(RabbitMqNode rabbit, IssuerFixture issuer, StandInCreditOffice credit, BusProbe probe)
    {
        Issuer = issuer;
        Credit = credit;
        Probe = probe;
        Host = new ServiceUnderTest<Program>(
            "contracts",
            issuer,
            rabbit.AmqpUri.ToString(),
            _data,
            new Dictionary<string, string?>
            {
                ["services:credit:grpc:0"] = credit.Address.ToString(),
                ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
                ["Contracts:DailyJob:PollSeconds"] = "0.1",
            },
            services => services.AddSingleton<TimeProvider>(Clock));
    }

    public ShiftableClock Clock { get; } = new();

    public IssuerFixture Issuer { get; }

    public StandInCreditOffice Credit { get; }

    public BusProbe Probe { get; }

    public ServiceUnderTest<Program> Host { get; }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The day the clock shows in Beijing.</summary>
    public DateOnly Today => ChinaTime.DateOf(Clock.GetUtcNow());

    public static async Task<ContractsService> StartAsync(RabbitMqNode rabbit, IssuerFixture issuer)
    {
        var credit = await StandInCreditOffice.StartAsync();
        var probe = await BusProbe.StartAsync(rabbit.AmqpUri,
            typeof(LandSupplied), typeof(ContractSigned), typeof(LandDelivered), typeof(ConstructionStarted), typeof(ConstructionCompleted),
            typeof(MilestoneMissed), typeof(PenaltyAccrued), typeof(IdleLandDetected), typeof(DepositRefunded), typeof(DepositForfeited),
            typeof(ContractTerminated), typeof(LeaseConvertedToGrant), typeof(QuarterlyReportMissed));
        var service = new ContractsService(rabbit, issuer, credit, probe);
        using var _ = service.Host.Client();
        return service;
    }

    /// <summary>Moves the clock so that the Beijing day is <paramref name="day"/> (noon); the daily job catches up.</summary>
    public void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), ChinaTime.Offset);
        Clock.Offset = target - DateTimeOffset.UtcNow;
    }

    public async Task<HttpClient> AsAsync(string? user)
    {
        if (user is null)
        {
            return Host.Client();
        }

        if (!_tokens.TryGetValue(user, out var token))
        {
            _tokens[user] = token = await Issuer.PersonTokenAsync(user);
        }

        return Host.Client(token);
    }

    /// <summary>Admission approves enterprise.a for a fresh parcel and pricing fixes its reserve price, both over the broker.</summary>
    public async Task<(Guid ApplicationId, string Parcel)> QualifyAsync(
        decimal reserve = 10_000_000m, string mode = SupplyModes.Grant, string pack = "hangzhou-xihu-2020", string uscc = Winner)
    {
        var applicationId = Guid.NewGuid();
        var parcel = $"XH-{applicationId.ToString("N")[..8]}";
        await Probe.PublishAsync(new ApplicationApproved(applicationId, uscc, pack)
        {
            EnterpriseName = "闽侯示范智能制造有限公司",
            ParcelCode = parcel,
            LandUse = "创新型产业用地",
            LandAreaM2 = 20_000m,
            Industry = "软件和信息技术服务业",
            ProjectName = "示范研发中心",
            SupplyMode = mode,
            TermYears = mode == SupplyModes.LeaseThenTransfer ? 20 : 50,
            PlannedFloorAreaM2 = 40_000m,
            ApprovedOn = Today,
            CommittedIndicators = [new CommittedIndicator(IndicatorCodes.TaxPerMu, 100m, "万元/亩", "附件3 三（三）4.")],
        }, Guid.NewGuid(), "admission");
        await Probe.PublishAsync(new ReservePriceSet(applicationId, parcel, Guid.NewGuid(), pack, reserve, reserve / 20_000m, "land"), Guid.NewGuid(), "pricing");
        return (applicationId, parcel);
    }

    public static object Supply(
        Guid applicationId, string parcel, decimal price, DateOnly on, string mode = SupplyModes.Grant, int term = 50, int? leaseYears = null,
        string uscc = Winner, IReadOnlyList<InstalmentTerm>? instalments = null, DateOnly? agreedDelivery = null) => new
    {
        applicationId,
        uscc,
        parcelCode = parcel,
        supplyMode = mode,
        transactionPrice = price,
        transactionDate = on,
        confirmationNumber = $"杭土成交〔{on.Year}〕{parcel}号",
        termYears = term,
        leaseYears,
        administrativeArea = "浙江省杭州市西湖区",
        electronicSupervisionNumber = "3301062026B00001",
        instalments = instalments?.Select(i => new { dueOn = i.DueOn, amount = i.Amount }).ToArray(),
        agreedDeliveryDate = agreedDelivery,
    };

    /// <summary>Records the supply once the qualification and reserve price have arrived (polled: the events are asynchronous).</summary>
    public async Task<JsonElement> RecordSupplyAsync(object supply)
    {
        using var clerk = await AsAsync("planning.clerk");
        JsonElement created = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await clerk.PostAsJsonAsync("/supplies", supply);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                created = await response.Content.ReadFromJsonAsync<JsonElement>();
                return true;
            }

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Conflict
                && (body.Contains("WinnerMustHoldAnApprovedQualification", StringComparison.Ordinal) || body.Contains("PriceMustNotBeBelowTheReserve", StringComparison.Ordinal)),
                $"{(int)response.StatusCode}: {body}");
            return false;
        }, "the qualification and the reserve price reach contracts");
        return created;
    }

    public async Task<Guid> DraftAsync(Guid supplyId)
    {
        using var clerk = await AsAsync("district.clerk");
        using var response = await clerk.PostAsJsonAsync($"/supplies/{supplyId}/contract", new { });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A grant at <paramref name="price"/> (Xihu unless <paramref name="pack"/> says otherwise), drafted, signed by
    /// enterprise.a, its land contract signed by planning, deposit paid and land delivered, all on <paramref name="on"/> (today).
    /// </summary>
    public async Task<Guid> DeliveredGrantAsync(decimal price, string pack = "hangzhou-xihu-2020", DateOnly? on = null, int term = 50)
    {
        var day = on ?? Today;
        var (applicationId, parcel) = await QualifyAsync(pack: pack);
        var supply = await RecordSupplyAsync(Supply(applicationId, parcel, price, day, term: term));
        var id = await DraftAsync(supply.GetProperty("id").GetGuid());
        await StepAsync(id, "signature", day, "enterprise.a");
        await SignLandContractAsync(id, day);
        await StepAsync(id, "deposit", day);
        await StepAsync(id, "delivery", day);
        return id;
    }

    /// <summary>Planning's leader signs the land contract (出让/租赁合同) after the supervision contract.</summary>
    public async Task<JsonElement> SignLandContractAsync(Guid id, DateOnly on, string user = "planning.leader")
    {
        using var response = await PostLandContractAsync(id, on, user);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"land-contract: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> PostLandContractAsync(Guid id, DateOnly on, string user = "planning.leader")
    {
        using var client = await AsAsync(user);
        return await client.PostAsJsonAsync($"/contracts/{id}/land-contract", new { on, number = $"杭出让〔{on.Year}〕{id.ToString("N")[..6]}号" });
    }

    public async Task<JsonElement> StepAsync(Guid id, string step, DateOnly on, string user = "district.clerk")
    {
        using var response = await PostStepAsync(id, step, on, user);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> PostStepAsync(Guid id, string step, DateOnly on, string user = "district.clerk")
    {
        using var client = await AsAsync(user);
        return await client.PostAsJsonAsync($"/contracts/{id}/{step}", new { on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    public async Task<JsonElement> GetAsync(Guid id, string user = "district.clerk")
    {
        using var client = await AsAsync(user);
        return await client.GetFromJsonAsync<JsonElement>($"/contracts/{id}");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Probe.DisposeAsync();
        await Credit.DisposeAsync();
        _data.Dispose();
    }
}
