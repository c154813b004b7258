using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LandPlatform.ProvincialProtocol;

namespace LandPlatform.ProvincialPlatform.Checks;

/// <summary>
/// The platform's field checks for schema version 1: mandatory fields, codes, units and the order of dates. Written
/// from the platform's side (it does not trust the sender's code), each error keyed by the field as sent.
/// </summary>
public static partial class RecordChecks
{
    private static readonly string[] SupplyModes = ["出让", "租赁", "先租后让", "划拨"];
    private static readonly string[] Milestones = ["Delivered", "Started", "Completed", "ConvertedToGrant"];
    private static readonly string[] Outcomes = ["Passed", "Failed"];
    private static readonly string[] LedgerCategories = ["Idle", "Inefficient", "Cleared"];
    private static readonly string[] TerminationCauses =
    [
        "BreachOfContract", "UnauthorisedChangeOfUse", "UnauthorisedTransferLeaseOrMortgage", "UnpaidLandPriceOrRent",
        "Fraud", "FailedAssessment", "EnterpriseRequest", "IdleLandRecovered", "LeaseExited",
    ];

    public static Dictionary<string, string[]> Check(ProvincialRecord record, string headerDistrict, string headerKey)
    {
        ArgumentNullException.ThrowIfNull(record);
        var e = new Errors(record.Data);
        if (string.IsNullOrWhiteSpace(record.IdempotencyKey) || record.IdempotencyKey.Length > 200)
        {
            e.Add("idempotencyKey", "is required, at most 200 characters");
        }
        else if (record.IdempotencyKey != headerKey)
        {
            e.Add("idempotencyKey", "differs from the signed header");
        }

        if (record.SchemaVersion != RecordKinds.CurrentSchemaVersion)
        {
            e.Add("schemaVersion", $"{record.SchemaVersion} is not supported (expected {RecordKinds.CurrentSchemaVersion})");
        }

        if (record.DistrictCode != headerDistrict)
        {
            e.Add("districtCode", "differs from the sending district");
        }

        if (string.IsNullOrWhiteSpace(record.ParcelCode))
        {
            e.Add("parcelCode", "is required");
        }

        switch (record.Kind)
        {
            case RecordKinds.SupplyResult: SupplyResult(e); break;
            case RecordKinds.ContractMilestone: Milestone(e); break;
            case RecordKinds.AssessmentResult: Assessment(e); break;
            case RecordKinds.LedgerChange: Ledger(e); break;
            case RecordKinds.Termination: Termination(e); break;
            default: e.Add("kind", $"'{record.Kind}' is not one of {string.Join(", ", RecordKinds.All)}"); break;
        }

        return e.ToDictionary();
    }

    private static void SupplyResult(Errors e)
    {
        var areaCode = e.Text("administrativeAreaCode");
        if (areaCode is not null && !AreaCode().IsMatch(areaCode))
        {
            e.Add("data.administrativeAreaCode", "must be the 6-digit 行政区划代码");
        }

        // 电子监管号: the 6-digit area code, the 4-digit year, a letter and a 5-digit serial, as the national
        // land-market monitoring system issues it (e.g. 4104022021B00017). RULES.md §0 and the seeds name the field but
        // say nothing of its form; this is the form published supply results show, kept until a source says otherwise.
        var number = e.Text("electronicSupervisionNumber");
        if (number is not null && (!SupervisionNumber().IsMatch(number) || (areaCode is not null && !number.StartsWith(areaCode, StringComparison.Ordinal))))
        {
            e.Add("data.electronicSupervisionNumber", $"must be 16 characters: the area's 6-digit code{(areaCode is null ? string.Empty : $" ({areaCode})")}, a 4-digit year, a letter and a 5-digit serial");
        }

        foreach (var field in new[] { "administrativeArea", "projectName", "location", "landSource", "landUse", "industryClass", "holder", "approvingAuthority", "confirmationNumber" })
        {
            e.Text(field);
        }

        if (e.Text("holderUscc") is { } uscc && uscc.Length != 18)
        {
            e.Add("data.holderUscc", "must be the 18-character unified social credit code");
        }

        e.OneOf("supplyMode", SupplyModes);
        e.Unit("areaUnit", "公顷");
        e.Unit("priceUnit", "万元");
        // Sanity of magnitude: 1,000 公顷 is 10 km² (no single industrial supply); a larger figure was sent in m².
        e.Positive("area", 1_000m, "looks like square metres; the platform takes 公顷");
        var price = e.Positive("transactionPrice", 10_000_000m, "looks like 元; the platform takes 万元");
        var term = e.Integer("termYears", 1, 70);
        if (term > 50 && e.Optional("landUse") is { } use && use.Contains("工业", StringComparison.Ordinal))
        {
            e.Add("data.termYears", "exceeds 50 years, the longest industrial grant (城镇国有土地使用权出让和转让暂行条例 第十二条)");
        }

        e.Integer("landGrade", 1, 15);
        var lower = e.Positive("floorAreaRatioLower", 100m, "is implausible");
        var upper = e.Positive("floorAreaRatioUpper", 100m, "is implausible");
        if (lower > upper)
        {
            e.Add("data.floorAreaRatioUpper", "is below floorAreaRatioLower");
        }

        e.InOrder("transactionDate", "contractDate", "agreedDeliveryDate", "agreedStartDate", "agreedCompletionDate");
        e.InOrder(optional: true, "actualStartDate", "actualCompletionDate");
        Instalments(e, price);
    }

    private static void Instalments(Errors e, decimal? price)
    {
        if (e.Data["instalments"] is not JsonArray instalments)
        {
            e.Add("data.instalments", "is required (an empty list when paid at once)");
            return;
        }

        var total = 0m;
        DateOnly? previous = null;
        for (var i = 0; i < instalments.Count; i++)
        {
            var item = instalments[i] as JsonObject;
            var field = $"data.instalments[{i}]";
            if (item?["number"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || item["number"]!.GetValue<int>() != i + 1)
            {
                e.Add($"{field}.number", $"must be {i + 1}");
            }

            if (!Errors.TryDate(item?["agreedDate"], out var date))
            {
                e.Add($"{field}.agreedDate", "is required, yyyy-MM-dd");
            }
            else if (previous > date)
            {
                e.Add($"{field}.agreedDate", "is before the previous instalment's");
            }
            else
            {
                previous = date;
            }

            if (item?["amount"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || item["amount"]!.GetValue<decimal>() <= 0)
            {
                e.Add($"{field}.amount", "must be a positive amount in 万元");
            }
            else
            {
                total += item["amount"]!.GetValue<decimal>();
            }
        }

        if (price is { } p && total > p + 0.000001m)
        {
            e.Add("data.instalments", $"add up to {total} 万元, more than the transaction price {p} 万元");
        }
    }

    private static void Milestone(Errors e)
    {
        var milestone = e.OneOf("milestone", Milestones);
        e.Guid("contractId");
        e.Text("holderUscc");
        e.Date("actualDate");
        if (milestone == "Completed")
        {
            e.InOrder("assessmentWindowOpensOn", "assessmentWindowClosesOn");
        }

        if (milestone == "ConvertedToGrant")
        {
            // 先租后让 becomes 出让: the grant price in 万元 (the winning price less the rent paid may be nothing left to
            // pay, never less) and the day the grant term starts (the lease's end, so not before it was agreed).
            if (e.Text("supplyMode") is { } mode && mode != "出让")
            {
                e.Add("data.supplyMode", "must be 出让 once the lease is converted");
            }

            e.Unit("priceUnit", "万元");
            // 100 亿元 is beyond any one industrial parcel's grant price: a larger figure was sent in 元.
            e.NonNegative("grantPrice", 1_000_000m, "looks like 元; the platform takes 万元");
            e.Date("grantTermStartsOn");
        }
    }

    private static void Assessment(Errors e)
    {
        e.Guid("contractId");
        e.Text("holderUscc");
        e.Date("assessedOn");
        if (e.OneOf("outcome", Outcomes) == "Failed")
        {
            e.Text("reason");
        }
    }

    private static void Ledger(Errors e)
    {
        e.Guid("contractId");
        e.Text("holderUscc");
        if (e.OneOf("category", LedgerCategories) == "Idle")
        {
            e.Integer("yearsIdle", 1, 100);
            e.InOrder("idleSince", "detectedOn");
        }
        else
        {
            // 低效用地: listed or cleared on a judged figure (tax per mu against the line); the platform keeps the basis.
            e.Date("detectedOn");
            e.Text("basis");
        }
    }

    private static void Termination(Errors e)
    {
        e.Guid("contractId");
        e.Text("holderUscc");
        e.Date("terminatedOn");
        if (e.OneOf("cause", TerminationCauses) == "LeaseExited")
        {
            // 《北京市工业用地先租后让指导意见（试行）》三（五）/（七）: only a 先租后让 lease is exited; the remaining rent refunded
            // (less the penalty) may be nothing, never less, and is in 万元 like every sum the platform takes.
            if (e.Text("supplyMode") is { } mode && mode != "先租后让")
            {
                e.Add("data.supplyMode", "must be 先租后让: only a lease-then-transfer lease is exited");
            }

            if (e.Data["rentRefund"] is not null)
            {
                e.Unit("priceUnit", "万元");
                // 10 亿元 is beyond any one industrial lease's remaining rent: a larger figure was sent in 元.
                e.NonNegative("rentRefund", 100_000m, "looks like 元; the platform takes 万元");
            }
        }
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex AreaCode();

    [GeneratedRegex("^[0-9]{6}(19|20)[0-9]{2}[A-Z][0-9]{5}$")]
    private static partial Regex SupervisionNumber();

    /// <summary>Field checks over the record's data; every message keyed <c>data.field</c>.</summary>
    private sealed class Errors(JsonObject data)
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public JsonObject Data { get; } = data;

        public void Add(string field, string message)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

        public string? Optional(string field) =>
            Data[field] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

        public string? Text(string field)
        {
            var value = Optional(field);
            if (value is null || string.IsNullOrWhiteSpace(value))
            {
                Add($"data.{field}", "is required");
                return null;
            }

            return value;
        }

        public string? OneOf(string field, string[] allowed)
        {
            var value = Text(field);
            if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
            {
                Add($"data.{field}", $"'{value}' is not one of {string.Join(", ", allowed)}");
                return null;
            }

            return value;
        }

        public void Unit(string field, string expected)
        {
            if (Text(field) is { } unit && unit != expected)
            {
                Add($"data.{field}", $"must be {expected}");
            }
        }

        public decimal? Positive(string field, decimal implausibleAbove, string implausibleMessage)
        {
            if (Data[field] is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number || v.GetValue<decimal>() <= 0)
            {
                Add($"data.{field}", "is required, a positive number");
                return null;
            }

            var value = v.GetValue<decimal>();
            if (value > implausibleAbove)
            {
                Add($"data.{field}", $"{value.ToString(CultureInfo.InvariantCulture)} {implausibleMessage}");
            }

            return value;
        }

        public decimal? NonNegative(string field, decimal implausibleAbove, string implausibleMessage)
        {
            if (Data[field] is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number || v.GetValue<decimal>() < 0)
            {
                Add($"data.{field}", "is required, a number not below 0");
                return null;
            }

            var value = v.GetValue<decimal>();
            if (value > implausibleAbove)
            {
                Add($"data.{field}", $"{value.ToString(CultureInfo.InvariantCulture)} {implausibleMessage}");
            }

            return value;
        }

        public int? Integer(string field, int min, int max)
        {
            if (Data[field] is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number
                || !v.TryGetValue<int>(out var value) || value < min || value > max)
            {
                Add($"data.{field}", $"is required, a whole number from {min} to {max}");
                return null;
            }

            return value;
        }

        public void Guid(string field)
        {
            if (!System.Guid.TryParse(Optional(field), out _))
            {
                Add($"data.{field}", "is required, a UUID");
            }
        }

        public DateOnly? Date(string field, bool optional = false)
        {
            if (TryDate(Data[field], out var date))
            {
                return date;
            }

            if (!optional || Data[field] is not null)
            {
                Add($"data.{field}", "is required, yyyy-MM-dd");
            }

            return null;
        }

        /// <summary>Each present date no earlier than the one before it.</summary>
        public void InOrder(params string[] fields) => InOrder(false, fields);

        public void InOrder(bool optional, params string[] fields)
        {
            (string Field, DateOnly Date)? previous = null;
            foreach (var field in fields)
            {
                if (Date(field, optional) is not { } date)
                {
                    continue;
                }

                if (previous is { } p && date < p.Date)
                {
                    Add($"data.{field}", $"{date:yyyy-MM-dd} is before {p.Field} {p.Date:yyyy-MM-dd}");
                }

                previous = (field, date);
            }
        }

        public static bool TryDate(JsonNode? node, out DateOnly date)
        {
            date = default;
            return node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
                && DateOnly.TryParseExact(v.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
    }
}
