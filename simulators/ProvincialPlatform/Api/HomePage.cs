using System.Net;
using System.Text;
using LandPlatform.ProvincialPlatform.Faults;
using LandPlatform.ProvincialPlatform.Store;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.ProvincialPlatform.Api;

/// <summary>GET /: a plain page of what the platform holds (latest 500) and how it is set to behave.</summary>
public static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app) => app.MapGet("/", async (RecordStore store, FaultSwitch faults) =>
    {
        var total = await store.Records.CountAsync();
        var rows = await store.Records.AsNoTracking().OrderByDescending(r => r.Id).Take(500).ToListAsync();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>省级监管平台（模拟）</title>")
            .Append("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-size:13px}</style></head><body>")
            .Append("<h1>省级土地利用信息监管平台（模拟）</h1>")
            .Append(HtmlLine($"Mode: {faults.Current.Mode} (delay {faults.Current.DelayMs} ms). Records held: {total}."))
            .Append("<table><thead><tr><th>#</th><th>回执号</th><th>District</th><th>Kind</th><th>Parcel</th><th>Key</th><th>Rev.</th><th>Occurred</th><th>Received</th><th>Repeats</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            html.Append("<tr>");
            foreach (var cell in new object[] { r.Id, r.ReceiptNumber, r.DistrictCode, r.Kind, r.ParcelCode, r.IdempotencyKey, r.Revision, r.OccurredAt.ToString("u"), r.ReceivedAt.ToString("u"), r.Repeats })
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    });

    private static string HtmlLine(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";
}
