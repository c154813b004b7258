using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Credit.Api;

/// <summary>
/// The credit files (一主体一档案, RULES.md §0): one per unified social credit code, with its related
/// subjects. The credit office keeps them; the enterprise and every bureau's staff read them.
/// </summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/enterprises").WithTags("Enterprises").WithBusinessRuleProblems().WithConcurrentChangeProblems();
        group.MapPost("/", Register).RequirePermission(Permissions.CreditListingsWrite);
        group.MapGet("/{uscc}", GetFile).RequirePermission(Permissions.CreditRead);
        group.MapPost("/{uscc}/legal-representative", RecordLegalRepresentative).RequirePermission(Permissions.CreditListingsWrite);
        group.MapPost("/{uscc}/controlled-companies", RecordControlledCompany).RequirePermission(Permissions.CreditListingsWrite);
        group.MapPost("/{uscc}/controlled-companies/{company}/end", EndControl).RequirePermission(Permissions.CreditListingsWrite);
        return group;
    }

    private static async Task<Results<Created<EnterpriseFileResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterEnterpriseRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var uscc = errors.Uscc("uscc", request.Uscc);
        var name = errors.Required("name", request.Name);
        var person = request.LegalRepresentative is null ? null : Person(errors, "legalRepresentative", request.LegalRepresentative);
        var controlled = (request.ControlledCompanies ?? []).Select((c, i) => errors.Uscc($"controlledCompanies[{i}]", c)).ToList();
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.EnterpriseAsync(db, uscc!.Value.Value, ct) is not null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The enterprise already has a file",
                detail: $"Enterprise {uscc.Value.Value} already has a credit file (one file per subject); record relations on it instead.",
                extensions: new Dictionary<string, object?> { ["rule"] = "OneFilePerSubject" });
        }

        var by = actor.ToDomainActor();
        var now = clock.GetUtcNow();
        var file = Enterprise.Open(uscc.Value, name!, by, now);
        if (person is not null)
        {
            file.RecordLegalRepresentative(person, by, now);
        }

        foreach (var company in controlled)
        {
            file.RecordControlledCompany(company!.Value, by, now);
        }

        db.Enterprises.Add(file);
        var response = EnterpriseFileResponse.From(file);
        audit.Record(new AuditEntry("credit.enterprise.register", "enterprise", file.Uscc, After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/enterprises/{file.Uscc}", response);
    }

    private static async Task<Results<Ok<CreditStatusResponse>, ValidationProblem, ProblemHttpResult>> GetFile(
        string uscc, CreditDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (EnterpriseScope.Check(actor, code!.Value.Value) is { } denied)
        {
            return denied;
        }

        var now = clock.GetUtcNow();
        var (file, status) = await CreditFile.StatusAsync(db, code.Value, now, ct);
        var listings = await CreditFile.ListingsOfAsync(db, code.Value.Value, ct);
        if (file is null && listings.Count == 0)
        {
            return Problems.NoFile(code.Value.Value);
        }

        return TypedResults.Ok(new CreditStatusResponse(
            status.Uscc,
            status.Standing.ToString(),
            status.Standing == CreditStanding.Listed,
            status.EffectiveListings.Select(ListingSummaryResponse.From).ToList(),
            status.PendingNotices.Select(ListingSummaryResponse.From).ToList(),
            status.RelatedSubjectHits.Select(RelatedSubjectHitResponse.From).ToList(),
            file is null ? null : EnterpriseFileResponse.From(file),
            listings.Select(l => ListingResponse.From(l, now)).ToList()));
    }

    private static async Task<Results<Ok<EnterpriseFileResponse>, ValidationProblem, ProblemHttpResult>> RecordLegalRepresentative(
        string uscc, PersonRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        var person = Person(errors, string.Empty, request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.EnterpriseAsync(db, code!.Value.Value, ct) is not { } file)
        {
            return Problems.NoFile(code.Value.Value);
        }

        file.RecordLegalRepresentative(person!, actor.ToDomainActor(), clock.GetUtcNow());
        // The person's ID number never enters the audit summary (personal data; NaturalPerson masks it).
        return await SaveAsync(db, audit, file, "credit.enterprise.legal-representative", ct);
    }

    private static async Task<Results<Ok<EnterpriseFileResponse>, ValidationProblem, ProblemHttpResult>> RecordControlledCompany(
        string uscc, ControlledCompanyRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        var company = errors.Uscc("companyUscc", request.Uscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.EnterpriseAsync(db, code!.Value.Value, ct) is not { } file)
        {
            return Problems.NoFile(code.Value.Value);
        }

        file.RecordControlledCompany(company!.Value, actor.ToDomainActor(), clock.GetUtcNow());
        return await SaveAsync(db, audit, file, "credit.enterprise.controlled-company", ct);
    }

    private static async Task<Results<Ok<EnterpriseFileResponse>, ValidationProblem, ProblemHttpResult>> EndControl(
        string uscc, string company, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        var controlled = errors.Uscc("company", company);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.EnterpriseAsync(db, code!.Value.Value, ct) is not { } file)
        {
            return Problems.NoFile(code.Value.Value);
        }

        file.EndControlOf(controlled!.Value, actor.ToDomainActor(), clock.GetUtcNow());
        return await SaveAsync(db, audit, file, "credit.enterprise.controlled-company.end", ct);
    }

    private static async Task<Results<Ok<EnterpriseFileResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        CreditDbContext db, IAuditTrail audit, Enterprise file, string operation, CancellationToken ct)
    {
        var response = EnterpriseFileResponse.From(file);
        audit.Record(new AuditEntry(operation, "enterprise", file.Uscc, After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(response);
    }

    private static NaturalPerson? Person(ValidationErrors errors, string prefix, PersonRequest request)
    {
        var field = prefix.Length == 0 ? string.Empty : prefix + ".";
        var name = errors.Required(field + "name", request.Name, maxLength: 100);
        var idNumber = errors.Required(field + "idNumber", request.IdNumber, maxLength: 40);
        return name is null || idNumber is null ? null : new NaturalPerson(name, idNumber);
    }
}
