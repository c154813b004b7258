namespace LandPlatform.Credit.Api;

// Request bodies. Every field is nullable so a missing one is reported by name (400), not by the
// JSON binder's generic error; enums travel as names and are parsed by RequestParsing.

public sealed record EvidenceRequest(string? Id, string? Title);

public sealed record DocumentRequest(string? Type, string? Number, DateOnly? Date);

public sealed record PersonRequest(string? Name, string? IdNumber);

public sealed record RegisterEnterpriseRequest(
    string? Uscc, string? Name, PersonRequest? LegalRepresentative, IReadOnlyList<string?>? ControlledCompanies);

public sealed record ControlledCompanyRequest(string? Uscc);

public sealed record IssueNoticeRequest(
    string? Uscc, string? Reason, DocumentRequest? Document, IReadOnlyList<EvidenceRequest?>? Evidence, string? PolicyPackId);

public sealed record FileObjectionRequest(string? Grounds, IReadOnlyList<EvidenceRequest?>? Evidence);

public sealed record ObjectionDecisionRequest(string? Outcome, string? Reasons);

public sealed record DelistingRequest(string? Kind, string? Reasons);
