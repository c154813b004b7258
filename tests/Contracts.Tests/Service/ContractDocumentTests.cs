using System.Net;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Documents;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>The supervision contract printed from the stored contract: HTML for the browser, PDF through the shared printer.</summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class ContractDocumentTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task TheDistrictPrintsTheContractAsHtmlAndAsASearchablePdf()
    {
        var id = await _service.DeliveredGrantAsync(12_345_678m);
        using var enterprise = await _service.AsAsync("district.clerk");
        using var other = await _service.AsAsync("enterprise.b");

        var html = await enterprise.GetStringAsync($"/contracts/{id}/document");
        var pdf = await enterprise.GetByteArrayAsync($"/contracts/{id}/document?format=pdf");
        // Staff, auditors and the contract's own enterprise read it (ContractsRead + EnterpriseScope); another enterprise does not.
        using var denied = await other.GetAsync($"/contracts/{id}/document");

        Assert.Contains("西湖区标准地投资建设合同", html, StringComparison.Ordinal);
        Assert.Contains("合计 370.37 万元", html, StringComparison.Ordinal);
        var text = PdfText.Read(pdf);
        Assert.Contains("西湖区标准地投资建设合同", text, StringComparison.Ordinal);
        Assert.Contains("履约保证金", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
