using System.Net.Http.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>The end of the objection period, with the job effectively idle (long interval) so the clock alone decides.</summary>
[Collection(CreditServiceCollection.Name)]
public sealed class ObjectionPeriodTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private CreditService _credit = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer, jobIntervalSeconds: 3600);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _credit.DisposeAsync();

    [Fact]
    public async Task An_objection_after_the_period_is_refused_naming_the_rule_and_its_clause()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var notice = await _credit.IssueNoticeAsync(Codes.EnterpriseA);
        _credit.MovePastObjectionPeriod(notice);

        using var enterprise = await _credit.AsAsync("enterprise.a");
        using var late = await enterprise.PostAsJsonAsync($"/listings/{notice.GetProperty("id").GetGuid()}/objections", new { grounds = "迟到的异议" });
        await Problem.RuleAsync(late, "ObjectionMustBeFiledWithinThePeriod");
    }
}
