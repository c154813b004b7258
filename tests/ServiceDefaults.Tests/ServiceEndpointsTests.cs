using LandPlatform.ServiceDefaults.Discovery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>Addresses from configuration under Aspire's keys.</summary>
public sealed class ServiceEndpointsTests
{
    private static ServiceEndpoints Endpoints(params (string Key, string? Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());

    [Fact]
    public void TheHttpEndpointOfAServiceIsReadFromItsAspireKey()
    {
        var endpoints = Endpoints(("services:credit:http:0", "http://127.0.0.1:5123"), ("services:credit:grpc:0", "http://127.0.0.1:5124"));

        Assert.Equal(new Uri("http://127.0.0.1:5123"), endpoints.Resolve("credit"));
        Assert.Equal(new Uri("http://127.0.0.1:5124"), endpoints.Resolve("credit", "grpc"));
    }

    [Fact]
    public void TheEnvironmentVariableTheAppHostInjectsIsUnderstood()
    {
        var prefix = "LPTEST_" + Guid.NewGuid().ToString("N")[..8] + "_";
        Environment.SetEnvironmentVariable(prefix + "services__credit__http__0", "http://127.0.0.1:5999");
        try
        {
            var endpoints = new ServiceEndpoints(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal(new Uri("http://127.0.0.1:5999"), endpoints.Resolve("credit"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "services__credit__http__0", null);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void AMissingAddressIsAClearErrorNamingTheEnvironmentVariable(string? value)
    {
        var endpoints = Endpoints(("services:credit:http:0", value));

        var error = Assert.Throws<InvalidOperationException>(() => endpoints.Resolve("credit"));

        Assert.Contains("services__credit__http__0", error.Message, StringComparison.Ordinal);
        Assert.Contains("services:credit:http:0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("credit/api")]
    [InlineData("localhost:5123")] // the scheme forgotten: parses as scheme "localhost"
    [InlineData("/srv/credit")] // parses as a file: URI on Unix
    [InlineData("ftp://127.0.0.1:5123")]
    public void AnAddressThatIsNotAnAbsoluteHttpUrlIsAClearError(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Endpoints(("services:credit:http:0", value)).Resolve("credit"));

        Assert.Contains("services:credit:http:0", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypedClientIsAddressedByTheNameOfTheServiceItCalls()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("services:credit:http:0", "http://127.0.0.1:5123/")]);
        builder.AddServiceDefaults();
        builder.Services.AddServiceHttpClient<CreditApi>("credit");
        using var host = builder.Build();

        Assert.Equal(new Uri("http://127.0.0.1:5123/"), host.Services.GetRequiredService<CreditApi>().Http.BaseAddress);
    }

    public sealed class CreditApi(HttpClient http)
    {
        public HttpClient Http { get; } = http;
    }
}
