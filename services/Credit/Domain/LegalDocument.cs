namespace LandPlatform.Credit.Domain;

/// <summary>
/// The legally effective document a listing rests on (具有法律效力的文书, 国办发〔2020〕49号 二):
/// e.g. 解除合同通知书, 达标考核结论, 闲置土地认定书, 行政处罚决定书. Its type, number and date are public.
/// </summary>
public sealed record LegalDocument(string Type, string Number, DateOnly Date)
{
    /// <summary>Type and number are filled in: a document that cannot be identified cannot be relied on.</summary>
    public bool IsIdentified => !string.IsNullOrWhiteSpace(Type) && !string.IsNullOrWhiteSpace(Number);
}
