using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LandPlatform.ProvincialPlatform;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;

namespace LandPlatform.Reporting.Benchmarks;

// Figures, not assertions (the machine is shared: compare the ratio, not the absolute rate).
//  1. Baseline: the simulator's own rate for signed records posted straight to it, 8 at a time (what reporting's
//     delivery loop does with Parallelism 8).
//  2. Reporting's delivery rate to the healthy simulator: a backlog put into its ledger, timed until all delivered.
//  3. The time to drain 10,000 records held back by an outage: the simulator is down until every record was tried,
//     then up; timed from "up" to all delivered (this includes waiting out each record's backoff).
// An explicit entry point: top-level statements would declare a second global Program beside reporting's.
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        var backlog = args.Select(a => a.Split('=')).Where(a => a[0] == "records").Select(a => int.Parse(a[1], CultureInfo.InvariantCulture)).FirstOrDefault(10_000);
        var healthy = Math.Min(2_000, backlog);
        const int Parallelism = 8;

        using var data = TempDirectory.Create("lp-reporting-bench-");
        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        const string District = "410404";
        await using var province = SimulatorApplication.Build(Hosts.Args(
            $"--ConnectionStrings:provincialdb=Data Source={Path.Combine(data.Path, "provincial.db")}",
            $"--Simulator:Districts:{District}:HmacSecret={secret}"));
        var provinceUrl = await Hosts.StartAsync(province);
        using var admin = new HttpClient { BaseAddress = provinceUrl };

        // 1. Baseline.
        var watch = Stopwatch.StartNew();
        using (var direct = new HttpClient { BaseAddress = provinceUrl })
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, healthy), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
            {
                var draft = Backlog.Draft($"direct:{i}", $"DIRECT-{i:D6}", DateTimeOffset.UtcNow);
                var record = new ProvincialRecord(draft.IdempotencyKey, 1, draft.Kind, District, draft.ParcelCode, 0, draft.FactOccurredAt, draft.Data);
                var body = JsonSerializer.SerializeToUtf8Bytes(record, WireJson.Options);
                var now = DateTimeOffset.UtcNow;
                using var request = new HttpRequestMessage(HttpMethod.Post, ProvincialHeaders.RecordsPath) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(ProvincialHeaders.District, District);
                request.Headers.Add(ProvincialHeaders.Timestamp, RecordSignature.FormatTimestamp(now));
                request.Headers.Add(ProvincialHeaders.IdempotencyKey, record.IdempotencyKey);
                request.Headers.Add(ProvincialHeaders.Algorithm, RecordSignature.HmacSha256);
                request.Headers.Add(ProvincialHeaders.Signature,
                    RecordSignature.SignHmac(Encoding.UTF8.GetBytes(secret), RecordSignature.SignedBytes(District, now, record.IdempotencyKey, body)));
                using var response = await direct.SendAsync(request, ct);
                response.EnsureSuccessStatusCode();
            });
        }

        var baseline = healthy / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"baseline: simulator takes {baseline:N0} signed records/s posted directly ({healthy:N0} in {watch.Elapsed.TotalSeconds:0.00} s, {Parallelism} at a time)");

        // Reporting on its own SQLite file with the private broker and the development issuer, as in the tests.
        var broker = new RabbitMqNode();
        await broker.StartAsync();
        var issuer = new IssuerFixture();
        await issuer.InitializeAsync();
        try
        {
            await using var reporting = new ServiceUnderTest<Program>("reporting", issuer, broker.AmqpUri.ToString(), data, new Dictionary<string, string?>
            {
                ["Reporting:Provincial:Endpoint"] = provinceUrl.ToString(),
                ["Reporting:Provincial:DistrictCode"] = District,
                ["Reporting:Provincial:HmacSecret"] = secret,
                ["Reporting:Delivery:InitialDelay"] = "00:00:01",
                ["Reporting:Delivery:MaxDelay"] = "00:00:05",
                ["Reporting:Delivery:MaxAttempts"] = "1000",
                ["Reporting:Delivery:OrderingWindow"] = "00:00:00",
                ["Reporting:Delivery:PollInterval"] = "00:00:00.050",
                ["Reporting:Delivery:Parallelism"] = Parallelism.ToString(CultureInfo.InvariantCulture),
            });
            // Outside a test run WebApplicationFactory finds no content root by itself: point it at the service's folder.
            var repository = new DirectoryInfo(AppContext.BaseDirectory);
            while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "LandPlatform.sln")))
            {
                repository = repository.Parent;
            }

            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LANDPLATFORM_REPORTING",
                Path.Combine(repository?.FullName ?? ".", "services", "Reporting"));
            reporting.StartServer();
            var services = reporting.Services;

            // 2. Healthy.
            watch.Restart();
            await Backlog.AddAsync(services, "HEALTHY", healthy);
            await Backlog.WaitAsync(async () => await Backlog.CountAsync(services, DeliveryState.Delivered, "HEALTHY") == healthy, TimeSpan.FromMinutes(20), "the healthy backlog");
            var rate = healthy / watch.Elapsed.TotalSeconds;
            Console.WriteLine($"reporting: {rate:N0} records/s delivered to the healthy simulator ({healthy:N0} in {watch.Elapsed.TotalSeconds:0.00} s, 5 per parcel in order); {rate / baseline:0.00} of the baseline");

            // 3. Outage, then drain.
            await Backlog.SetFaultAsync(admin, "Down");
            await Backlog.AddAsync(services, "OUTAGE", backlog);
            await Backlog.WaitAsync(async () => await Backlog.AttemptedAsync(services, "OUTAGE") >= backlog / 5, TimeSpan.FromMinutes(20), "every parcel tried during the outage");
            await Backlog.SetFaultAsync(admin, "Normal");
            watch.Restart();
            await Backlog.WaitAsync(async () => await Backlog.CountAsync(services, DeliveryState.Delivered, "OUTAGE") == backlog, TimeSpan.FromMinutes(60), "the drained backlog");
            Console.WriteLine($"drain: {backlog:N0} records held back by an outage delivered {watch.Elapsed.TotalSeconds:0.00} s after the platform came back " +
                $"({backlog / watch.Elapsed.TotalSeconds:N0} records/s, {backlog / watch.Elapsed.TotalSeconds / baseline:0.00} of the baseline; backoff 1–5 s)");
        }
        finally
        {
            await issuer.DisposeAsync();
            await broker.DisposeAsync();
        }
    }
}
