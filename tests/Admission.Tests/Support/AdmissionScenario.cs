using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>One admission service with its credit office and an event probe, fresh for each test class.</summary>
public abstract class AdmissionScenario(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    /// <summary>enterprise.a's code in the development issuer's seeded users.</summary>
    public static readonly string EnterpriseA = "91350100M000100Y43";

    /// <summary>enterprise.b's code.</summary>
    public static readonly string EnterpriseB = "91110000802100433B";

    private readonly TempDirectory _data = TempDirectory.Create("lp-admission-");

    protected IssuerFixture Issuer { get; } = issuer;

    protected StandInCreditOffice Credit { get; private set; } = null!;

    protected AdmissionUnderTest Admission { get; private set; } = null!;

    protected BusProbe Events { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Events = await BusProbe.StartAsync(bus.AmqpUri, typeof(ApplicationSubmitted), typeof(ParcelStandardApproved), typeof(ApplicationApproved),
            typeof(ApplicationRejected), typeof(ApplicationSuspended), typeof(ApplicationResumed));
        Credit = await StandInCreditOffice.StartAsync();
        Admission = new AdmissionUnderTest(Issuer, bus, Credit, _data);
        Admission.StartServer();
        // As under the AppHost, requests come once the service is ready, i.e. after its start-up call to
        // the credit office (ReadinessTests); the tests then see only the calls their requests make.
        using var probe = Admission.Client();
        await Eventually.HoldsAsync(async () => (await probe.GetAsync("/health")).IsSuccessStatusCode, "admission ready", TimeSpan.FromSeconds(60));
        Credit.ForgetCalls();
    }

    public async Task DisposeAsync()
    {
        await Admission.DisposeAsync();
        await Credit.DisposeAsync();
        await Events.DisposeAsync();
        _data.Dispose();
    }

    protected async Task<HttpClient> ClientFor(string username) => Admission.Client(await Issuer.PersonTokenAsync(username));

    protected static object Application(string uscc, string name = "闽侯示范智能制造有限公司") => new
    {
        enterpriseName = name,
        uscc,
        industry = "新一代信息技术",
        requestedLandAreaM2 = 10000m,
        policyPackId = "tianjin-binhai-m0-2023",
    };

    protected static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Publishes as the credit office would (with the message id the consumers' inbox keys on).</summary>
    protected Task PublishAsync<T>(T message)
        where T : IntegrationEvent => Events.PublishAsync(message, message.EventId, "credit");

    protected async Task<(int Applications, int Outbox)> StoredRows()
    {
        await using var scope = Admission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdmissionDbContext>();
        return (await db.Applications.CountAsync(), await db.Set<LandPlatform.Messaging.Outbox.OutboxMessage>().CountAsync());
    }

    protected static string ValidCode(string first17) => UnifiedSocialCreditCode.WithCheckDigit(first17).Value;
}
