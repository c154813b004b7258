using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>The document must already exist when the enterprise is told about it.</summary>
public sealed class DocumentMustPredateTheNotice(LegalDocument document, DateOnly noticeDate) : IBusinessRule
{
    public bool IsBroken() => document.Date > noticeDate;

    public string Message => $"The document {document.Number} is dated {document.Date:yyyy-MM-dd}, after the notice date {noticeDate:yyyy-MM-dd}.";

    public string Clause => "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）二 认定失信行为必须以具有法律效力的文书为依据";
}
