using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>信息公开: anonymous, effective listings only, public fields only.</summary>
[Collection(CreditServiceCollection.Name)]
public sealed class PublicDisclosureTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private static readonly string[] PublicFields = ["enterpriseName", "uscc", "reason", "documentType", "documentNumber", "documentDate", "start", "end"];

    private CreditService _credit = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _credit.DisposeAsync();

    [Fact]
    public async Task Anonymous_sees_only_effective_listings_and_only_public_fields()
    {
        var listed = Codes.Fresh();
        var noticed = Codes.Fresh();
        await _credit.RegisterAsync(listed, "公开示范有限公司", legalRepresentative: new { name = "张三", idNumber = "110101199003071234" });
        await _credit.RegisterAsync(noticed, "告知期示范有限公司");
        var first = await _credit.IssueNoticeAsync(listed);
        _credit.MovePastObjectionPeriod(first);
        await CreditService.EventuallyAsync(
            () => _credit.GetListingAsync(first.GetProperty("id").GetGuid()), l => l.GetProperty("status").GetString() == "Effective", "effective");
        await _credit.IssueNoticeAsync(noticed);

        using var anonymous = await _credit.AsAsync(null);
        var page = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings?page=1&pageSize=10");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(listed, item.GetProperty("uscc").GetString());
        Assert.Equal(PublicFields.Order(), item.EnumerateObject().Select(p => p.Name).Order());
        var raw = page.GetRawText();
        Assert.DoesNotContain("张三", raw);
        Assert.DoesNotContain("110101199003071234", raw);
        Assert.DoesNotContain("ev-1", raw);

        var searched = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings?search=公开示范");
        Assert.Single(searched.GetProperty("items").EnumerateArray());
        var none = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings?search=告知期");
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        await Problem.FieldAsync(await anonymous.GetAsync("/public/listings?pageSize=1000"), "pageSize");
    }
}
