using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class LedgerPageTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnOperatorSeesTheDeliveryLedgerByStateAndSendsAParkedRecordAgainOnceTheProvinceIsBack()
    {
        using var operations = await platform.ApiAs("operator");
        string parcel;
        long parked;
        // The province is down while a parcel is supplied and delivered: its records fail twice and are parked.
        await platform.ProvinceAsync("Down");
        try
        {
            (_, parcel) = await Setup.DeliveredContractAsync(platform);
            parked = 0;
            await Eventually.HoldsAsync(async () =>
            {
                var records = await operations.GetFromJsonAsync<JsonElement>($"/api/reporting/ledger?state=Parked&parcel={Uri.EscapeDataString(parcel)}");
                // The parcel's first parked record: reporting sends a parcel's records in order, so a later one waits for it.
                parked = records.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).DefaultIfEmpty().Min();
                return parked > 0;
            }, "a record of the parcel is parked", TimeSpan.FromMinutes(3));
        }
        finally
        {
            await platform.ProvinceAsync("Normal");
        }

        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "operator");
        await page.OpenFromMenuAsync("上报台账");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "按送达状态筛选" }).GetByRole(AriaRole.Link, new() { Name = "暂停发送" }).ClickAsync();
        await page.GetByLabel("地块编号").FillAsync(parcel);
        await page.GetByRole(AriaRole.Button, new() { Name = "按地块查询" }).ClickAsync();
        // The row whose first cell is the record's number (another cell, such as the attempts, can hold the same digits).
        var byNumber = new System.Text.RegularExpressions.Regex($"^{parked} ");
        var row = page.GetByRole(AriaRole.Row, new() { NameRegex = byNumber });
        await Expect(row).ToContainTextAsync("暂停发送");
        await Expect(row).ToContainTextAsync(parcel);
        await page.CheckAsync(platform, "70-ledger-parked");

        await row.GetByRole(AriaRole.Button, new() { Name = $"重新发送第 {parked} 条记录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"第 {parked} 条记录已重新排队发送。");
        await page.CheckAsync(platform, "71-ledger-replayed");

        // Sent again with the operator's name on it, and this time the province takes it: the supply record carries
        // every national field (the agreed start and completion follow from the agreed delivery), so it is delivered.
        await Eventually.HoldsAsync(async () =>
        {
            var records = await operations.GetFromJsonAsync<JsonElement>($"/api/reporting/ledger?parcel={Uri.EscapeDataString(parcel)}");
            return records.EnumerateArray().Any(r => r.GetProperty("id").GetInt64() == parked && r.GetProperty("state").GetString() == "Delivered");
        }, "the replayed record is delivered to the province", TimeSpan.FromMinutes(3));
        await page.GotoAsync(new Uri(platform.Portal, $"/operations/ledger?parcel={Uri.EscapeDataString(parcel)}").ToString());
        var replayed = page.GetByRole(AriaRole.Row, new() { NameRegex = byNumber });
        await Expect(replayed).ToContainTextAsync("已送达");
        await Expect(replayed).ToContainTextAsync("operator (operations");
        await page.CheckAsync(platform, "72-ledger-after-replay");
    }
}
