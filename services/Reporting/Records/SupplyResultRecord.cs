using System.Globalization;
using System.Text.Json.Nodes;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;

namespace LandPlatform.Reporting.Records;

/// <summary>
/// 供地结果 (RULES.md §0 "What a land-supply record carries"), built from LandSupplied and the contract's signing:
/// every field the national land-market monitoring system takes, area in 公顷, money in 万元.
/// </summary>
public static class SupplyResultRecord
{
    public static string KeyOf(Guid supplyId) => $"supply-result:{supplyId:N}";

    public static UpwardRecordDraft Build(LandSupplied supplied, DateOnly contractDate, DistrictProfile district)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        ArgumentNullException.ThrowIfNull(district);
        var data = new JsonObject
        {
            // The district's 行政区划代码 comes from configuration: LandSupplied carries only the area's name.
            ["administrativeAreaCode"] = district.Code,
            ["administrativeArea"] = supplied.AdministrativeArea ?? district.Name,
            // Assigned by the national system when the supply is registered there; contracts records it. A supply
            // without one is still reported, and the platform's refusal names the field for an operator to correct.
            ["electronicSupervisionNumber"] = supplied.ElectronicSupervisionNumber,
            ["projectName"] = supplied.ProjectName,
            ["location"] = supplied.Location,
            ["area"] = supplied.LandAreaM2 is { } m2 ? Units.HectaresFromSquareMetres(m2) : null,
            ["areaUnit"] = Units.Hectare,
            ["landSource"] = supplied.LandSource,
            ["landUse"] = supplied.LandUse,
            ["supplyMode"] = SupplyModeNames.ToNational(supplied.SupplyMode),
            ["termYears"] = supplied.TermYears,
            ["industryClass"] = supplied.IndustryClass,
            ["landGrade"] = supplied.LandGrade,
            ["transactionPrice"] = Units.WanYuanFromYuan(supplied.TransactionPrice),
            ["priceUnit"] = Units.WanYuan,
            ["transactionDate"] = Date(supplied.TransactionDate),
            ["confirmationNumber"] = supplied.ConfirmationNumber,
            ["holder"] = supplied.EnterpriseName,
            ["holderUscc"] = supplied.Uscc,
            ["floorAreaRatioLower"] = supplied.FloorAreaRatioLower,
            ["floorAreaRatioUpper"] = supplied.FloorAreaRatioUpper,
            ["agreedDeliveryDate"] = Date(supplied.AgreedDeliveryDate),
            ["agreedStartDate"] = Date(supplied.AgreedStartDate),
            ["agreedCompletionDate"] = Date(supplied.AgreedCompletionDate),
            // Not yet known when the land is supplied: the ContractMilestone records report them as they happen.
            ["actualStartDate"] = null,
            ["actualCompletionDate"] = null,
            ["approvingAuthority"] = supplied.ApprovingAuthority,
            ["contractDate"] = Date(contractDate),
            ["instalments"] = new JsonArray([.. supplied.Instalments.Select(i => (JsonNode)new JsonObject
            {
                ["number"] = i.Number,
                ["agreedDate"] = Date(i.DueOn),
                ["amount"] = Units.WanYuanFromYuan(i.Amount),
            })]),
        };
        return new UpwardRecordDraft(KeyOf(supplied.SupplyId), RecordKinds.SupplyResult, RecordKinds.CurrentSchemaVersion,
            supplied.ParcelCode, supplied.OccurredAt, data);
    }

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
