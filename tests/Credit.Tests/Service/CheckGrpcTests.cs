using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>
/// Credit's gRPC endpoint through Grpc.Net.Client, as admission calls it: the business method needs
/// admission's or contracts' service identity; the health probe needs no token at all.
/// </summary>
[Collection(CreditServiceCollection.Name)]
public sealed class CheckGrpcTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private CreditService _credit = null!;
    private GrpcChannel _channel = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        _credit.Host.Client().Dispose(); // starts the server
        _channel = GrpcChannel.ForAddress(_credit.Host.GrpcAddress);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _credit.DisposeAsync();
    }

    [Theory]
    [InlineData("admission")]
    [InlineData("contracts")]
    public async Task Check_answers_a_service_allowed_to_ask(string service)
    {
        var code = Codes.Fresh();

        var response = await CheckAsync(await issuer.ServiceTokenAsync(service), code);

        Assert.Equal(code, response.Uscc);
        Assert.False(response.Blacklisted);
        Assert.Equal(CreditStanding.Clear, response.Status);
    }

    [Fact]
    public async Task Check_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(null, Codes.EnterpriseA));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("monitoring")]
    [InlineData("gateway")]
    public async Task Check_from_another_service_is_permission_denied(string service)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await CheckAsync(await issuer.ServiceTokenAsync(service), Codes.EnterpriseA));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("credit.check", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_from_a_person_is_permission_denied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await CheckAsync(await issuer.PersonTokenAsync("credit.clerk"), Codes.EnterpriseA));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task Check_names_the_field_of_a_bad_code()
    {
        var token = await issuer.ServiceTokenAsync("admission");

        var error = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(token, "not-a-code"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("uscc must be 18 characters", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_serving_without_a_token_and_unknown_services_are_not_found()
    {
        var health = new Health.HealthClient(_channel);

        // The probe answers from the readiness checks: NOT_SERVING until the service's bus connection is up, which on
        // a loaded machine can take a while after the host starts. Serving must come, without a token.
        await Eventually.HoldsAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            "credit's gRPC health to answer SERVING without a token", TimeSpan.FromSeconds(60));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await health.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<CheckResponse> CheckAsync(string? token, string uscc)
    {
        var headers = token is null ? null : new Metadata { { "authorization", "Bearer " + token } };
        return await new CreditCheck.CreditCheckClient(_channel).CheckAsync(
            new CheckRequest { Uscc = uscc }, headers, deadline: DateTime.UtcNow.AddSeconds(10));
    }
}
