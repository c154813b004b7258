using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>The admission service on real ports, asking the stand-in credit office.</summary>
public sealed class AdmissionUnderTest(IssuerFixture issuer, RabbitMqNode bus, StandInCreditOffice credit, TempDirectory data)
    : ServiceUnderTest<Program>("admission", issuer, bus.AmqpUri.ToString(), data, new Dictionary<string, string?>
    {
        ["services:credit:grpc:0"] = credit.Address.ToString(),
        ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
    });
