using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A listing without an identified legally effective document (type, number, date) is refused.</summary>
public sealed class ListingMustRestOnALegallyEffectiveDocument(LegalDocument? document) : IBusinessRule
{
    public bool IsBroken() => document is null || !document.IsIdentified;

    public string Message => "A listing must rest on a legally effective document: give its type, number and date.";

    public string Clause => "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）二 认定失信行为必须以具有法律效力的文书为依据";
}
